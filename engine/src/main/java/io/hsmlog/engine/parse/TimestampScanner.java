package io.hsmlog.engine.parse;

import java.time.LocalDateTime;
import java.time.Year;

import static io.hsmlog.engine.parse.Text.digits;
import static io.hsmlog.engine.parse.Text.isBlank;
import static io.hsmlog.engine.parse.Text.isDigit;
import static io.hsmlog.engine.parse.Text.skipBlanks;

/**
 * Recognises the timestamps the appliance and its log collectors write:
 * <ul>
 * <li>the guide's display format {@code 2012 Feb 29 12:05:01} (day may be padded: {@code Apr  3});</li>
 * <li>the traditional BSD format {@code Feb 29 12:05:01}, year assumed;</li>
 * <li>RFC 3339 / RSYSLOG_FileFormat {@code 2012-02-29T12:05:01.123456+00:00};</li>
 * <li>snmptrapd's {@code 2012-02-29 12:05:01}.</li>
 * </ul>
 * Offsets are dropped: every framing of one record then carries the same wall-clock time.
 */
final class TimestampScanner {

    private final int defaultYear;

    TimestampScanner(int defaultYear) {
        this.defaultYear = defaultYear;
    }

    /** The timestamp starting at {@code from}, or null when none does. */
    ParsedTimestamp scan(String s, int from, int end) {
        if (from >= end) {
            return null;
        }
        if (isDigit(s.charAt(from))) {
            return scanYearFirst(s, from, end);
        }
        int month = month(s, from, end);
        return month > 0 ? scanMonthDayTime(s, from + 3, end, month, -1) : null;
    }

    private ParsedTimestamp scanYearFirst(String s, int from, int end) {
        int year = digits(s, from, end, 4, 4);
        if (year < 0 || from + 4 >= end) {
            return null;
        }
        char separator = s.charAt(from + 4);
        if (separator == '-') {
            return scanIso(s, from, end, year);
        }
        if (!isBlank(separator)) {
            return null;
        }
        int at = skipBlanks(s, from + 4, end);
        int month = month(s, at, end);
        return month > 0 ? scanMonthDayTime(s, at + 3, end, month, year) : null;
    }

    /** {@code Mon D HH:MM:SS} after the month name; {@code year} is -1 when not logged. */
    private ParsedTimestamp scanMonthDayTime(String s, int at, int end, int month, int year) {
        if (at >= end || !isBlank(s.charAt(at))) {
            return null;
        }
        at = skipBlanks(s, at, end);
        int dayDigits = Text.digitRun(s, at, end);
        if (dayDigits < 1 || dayDigits > 2) {
            return null;
        }
        int day = digits(s, at, end, 1, 2);
        at += dayDigits;
        if (at >= end || !isBlank(s.charAt(at))) {
            return null;
        }
        at = skipBlanks(s, at, end);
        Clock clock = clock(s, at, end);
        if (clock == null || !endsField(s, clock.end, end)) {
            return null;
        }
        boolean yearKnown = year >= 0;
        if (!yearKnown) {
            year = month == 2 && day == 29 ? leapYearNotAfter(defaultYear) : defaultYear;
        }
        return new ParsedTimestamp(clock.end, dateTime(year, month, day, clock), yearKnown);
    }

    /** {@code YYYY-MM-DD(T| )HH:MM:SS[.fraction][Z|±HH[:MM]]}. */
    private ParsedTimestamp scanIso(String s, int from, int end, int year) {
        int at = from + 5;
        int month = digits(s, at, end, 2, 2);
        if (month < 0 || at + 2 >= end || s.charAt(at + 2) != '-') {
            return null;
        }
        at += 3;
        int day = digits(s, at, end, 2, 2);
        if (day < 0 || at + 2 >= end) {
            return null;
        }
        at += 2;
        char t = s.charAt(at);
        if (t != 'T' && t != 't' && t != ' ') {
            return null;
        }
        Clock clock = clock(s, at + 1, end);
        if (clock == null) {
            return null;
        }
        int stop = skipOffset(s, clock.end, end);
        if (stop < 0 || !endsField(s, stop, end)) {
            return null;
        }
        return new ParsedTimestamp(stop, dateTime(year, month, day, clock), true);
    }

    private static int skipOffset(String s, int at, int end) {
        if (at >= end) {
            return at;
        }
        char c = s.charAt(at);
        if (c == 'Z' || c == 'z') {
            return at + 1;
        }
        if (c != '+' && c != '-') {
            return at;
        }
        int i = at + 1;
        if (digits(s, i, end, 2, 2) < 0) {
            return -1;
        }
        i += 2;
        if (i < end && s.charAt(i) == ':') {
            i++;
        }
        if (digits(s, i, end, 2, 2) >= 0) {
            i += 2;
        }
        return i;
    }

    /** {@code H[H]:MM:SS[.fraction]}. */
    private static Clock clock(String s, int at, int end) {
        int hourDigits = Text.digitRun(s, at, end);
        if (hourDigits < 1 || hourDigits > 2) {
            return null;
        }
        int hour = digits(s, at, end, 1, 2);
        at += hourDigits;
        if (at >= end || s.charAt(at) != ':') {
            return null;
        }
        int minute = digits(s, at + 1, end, 2, 2);
        if (minute < 0 || at + 3 >= end || s.charAt(at + 3) != ':') {
            return null;
        }
        int second = digits(s, at + 4, end, 2, 2);
        if (second < 0) {
            return null;
        }
        at += 6;
        int nanos = 0;
        if (at + 1 < end && (s.charAt(at) == '.' || s.charAt(at) == ',') && isDigit(s.charAt(at + 1))) {
            int i = at + 1;
            int scale = 100_000_000;
            while (i < end && isDigit(s.charAt(i))) {
                nanos += (s.charAt(i) - '0') * scale;
                scale /= 10;
                i++;
            }
            at = i;
        }
        return new Clock(at, hour, minute, second, nanos);
    }

    private static boolean endsField(String s, int at, int end) {
        return at >= end || isBlank(s.charAt(at)) || s.charAt(at) == ']';
    }

    private static LocalDateTime dateTime(int year, int month, int day, Clock clock) {
        if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).length(Year.isLeap(year))
                || clock.hour > 23 || clock.minute > 59 || clock.second > 59) {
            return null;
        }
        return LocalDateTime.of(year, month, day, clock.hour, clock.minute, clock.second, clock.nanos);
    }

    /** A yearless Feb 29 cannot be in a common year: it was logged in the latest leap year not after the default. */
    private static int leapYearNotAfter(int year) {
        while (!Year.isLeap(year)) {
            year--;
        }
        return year;
    }

    /** 1-12 for an English three-letter month abbreviation at {@code at} (any case), else 0. */
    static int month(String s, int at, int end) {
        if (at + 3 > end) {
            return 0;
        }
        int key = (lower(s.charAt(at)) << 16) | (lower(s.charAt(at + 1)) << 8) | lower(s.charAt(at + 2));
        return switch (key) {
            case ('j' << 16) | ('a' << 8) | 'n' -> 1;
            case ('f' << 16) | ('e' << 8) | 'b' -> 2;
            case ('m' << 16) | ('a' << 8) | 'r' -> 3;
            case ('a' << 16) | ('p' << 8) | 'r' -> 4;
            case ('m' << 16) | ('a' << 8) | 'y' -> 5;
            case ('j' << 16) | ('u' << 8) | 'n' -> 6;
            case ('j' << 16) | ('u' << 8) | 'l' -> 7;
            case ('a' << 16) | ('u' << 8) | 'g' -> 8;
            case ('s' << 16) | ('e' << 8) | 'p' -> 9;
            case ('o' << 16) | ('c' << 8) | 't' -> 10;
            case ('n' << 16) | ('o' << 8) | 'v' -> 11;
            case ('d' << 16) | ('e' << 8) | 'c' -> 12;
            default -> 0;
        };
    }

    private static int lower(char c) {
        if (c > 0x7F) {
            return 0;
        }
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private record Clock(int end, int hour, int minute, int second, int nanos) {
    }
}
