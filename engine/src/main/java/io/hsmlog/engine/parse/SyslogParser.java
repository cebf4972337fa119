package io.hsmlog.engine.parse;

import static io.hsmlog.engine.parse.Text.isBlank;
import static io.hsmlog.engine.parse.Text.isDigit;
import static io.hsmlog.engine.parse.Text.skipBlanks;
import static io.hsmlog.engine.parse.Text.tokenEnd;

/**
 * Reads syslog records in every framing they reach us in: the guide's display format
 * ({@code 2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: ...}) and its variants, rsyslog's file formats, and
 * forwarded RFC 3164 and RFC 5424 messages. All framings of one record yield the same header fields and message.
 */
final class SyslogParser {

    /** Words of a process name written with spaces, such as lunalog's "Luna PED Client [1234]:". */
    private static final int MAX_EXTRA_PROCESS_WORDS = 3;
    private static final int MAX_PRIORITY = 191;

    private final TimestampScanner timestamps;

    SyslogParser(TimestampScanner timestamps) {
        this.timestamps = timestamps;
    }

    /** A line starting with a timestamp: display format, traditional or RSYSLOG_FileFormat. */
    LogEvent.Builder parseAfterTimestamp(long line, String s, int start, ParsedTimestamp timestamp, int end) {
        LogEvent.Builder event = LogEvent.builder(line, Source.SYSLOG).raw(s);
        event.timestamp(timestamp.dateTime(), timestamp.yearKnown(), s.substring(start, timestamp.end()));
        readHeader(s, timestamp.end(), end, event);
        return event;
    }

    /**
     * A line starting with {@code <PRI>}: RFC 5424 when a version follows, else RFC 3164 (whose timestamp and host
     * may be missing, as when rsyslog writes local messages). Null when the priority is not valid.
     */
    LogEvent.Builder parseWithPriority(long line, String s, int start, int end) {
        int digits = Text.digitRun(s, start + 1, end);
        int close = start + 1 + digits;
        if (digits < 1 || digits > 3 || close >= end || s.charAt(close) != '>') {
            return null;
        }
        int priority = Text.digits(s, start + 1, end, 1, 3);
        if (priority > MAX_PRIORITY) {
            return null;
        }
        LogEvent.Builder event = LogEvent.builder(line, Source.SYSLOG).raw(s)
                .facility(SyslogKeywords.facilityOfPriority(priority))
                .severity(SyslogKeywords.severityOfPriority(priority));
        int at = close + 1;
        int version = Text.digitRun(s, at, end);
        if (version >= 1 && version <= 2 && s.charAt(at) != '0' && at + version < end
                && s.charAt(at + version) == ' ') {
            readRfc5424(s, at + version + 1, end, event);
            return event;
        }
        ParsedTimestamp timestamp = timestamps.scan(s, at, end);
        if (timestamp != null) {
            event.timestamp(timestamp.dateTime(), timestamp.yearKnown(), s.substring(at, timestamp.end()));
            at = timestamp.end();
        }
        readHeader(s, at, end, event);
        return event;
    }

    /**
     * A line with neither date nor priority: a record printed without them ({@code myLuna ipmievd: ...}) or with
     * its start elided as in the guide's lunalog figure ({@code ... local5 info lunash [3442]: ...}). Only a host
     * name followed by a plausible syslog tag counts as a header, so prose is not taken for a record; otherwise
     * null.
     */
    LogEvent.Builder parseHeaderless(long line, String s, int start, int end) {
        int elided = skipEllipsis(s, start, end);
        LogEvent.Builder event = LogEvent.builder(line, Source.SYSLOG).raw(s);
        if (elided > start) {
            return readKeywordsAndTag(s, skipBlanks(s, elided, end), end, event, true) ? event : null;
        }
        int hostEnd = tokenEnd(s, start, end);
        if (!isHostName(s, start, hostEnd)) {
            return null;
        }
        event.host(s.substring(start, hostEnd));
        return readKeywordsAndTag(s, skipBlanks(s, hostEnd, end), end, event, true) ? event : null;
    }

    /** Reads {@code host [facility|severity ...] tag: body} from {@code at}. */
    private static void readHeader(String s, int at, int end, LogEvent.Builder event) {
        at = skipBlanks(s, at, end);
        int hostEnd = tokenEnd(s, at, end);
        if (hostEnd > at && !looksLikeTag(s, at, hostEnd)) {
            event.host(s.substring(at, hostEnd));
            at = skipBlanks(s, hostEnd, end);
        }
        readKeywordsAndTag(s, at, end, event, false);
    }

    /**
     * Reads {@code [facility|severity ...] tag: body} from {@code at} and returns whether a tag was found. Without
     * one the rest of the line is the body, unless the tag is {@code required}: then the event is to be discarded.
     */
    private static boolean readKeywordsAndTag(String s, int at, int end, LogEvent.Builder event, boolean required) {
        at = readKeywords(s, at, end, event);
        int bodyStart = readTag(s, at, end, event, required);
        boolean tagged = bodyStart >= 0;
        if (!tagged) {
            if (required) {
                return false;
            }
            bodyStart = at;
        }
        MessageText.fill(Text.trimmed(s, bodyStart, end), event);
        return tagged;
    }

    /** Consumes any run of facility and severity keywords; the last of each wins, as on the guide's doubled ones. */
    private static int readKeywords(String s, int at, int end, LogEvent.Builder event) {
        while (at < end) {
            int wordEnd = tokenEnd(s, at, end);
            long word = SyslogKeywords.pack(s, at, wordEnd);
            String facility = SyslogKeywords.facility(word);
            String severity = facility == null ? SyslogKeywords.severity(word) : null;
            int next = skipBlanks(s, wordEnd, end);
            if (facility == null && severity == null || next >= end || isSpacedPid(s, next, end)) {
                // Not a keyword, nothing follows, or it is a process named like one ("cron [123]:").
                return at;
            }
            if (facility != null) {
                event.facility(facility);
            } else {
                event.severity(severity);
            }
            at = next;
        }
        return at;
    }

    /**
     * Reads the tag {@code process[pid]:}, {@code process [pid]:} or {@code process:} at {@code at}; returns where
     * the body starts, or -1 when there is no tag. A {@code strict} tag must also look like one: a name made of
     * the characters process names use, and a blank after the colon.
     */
    private static int readTag(String s, int at, int end, LogEvent.Builder event, boolean strict) {
        int nameEnd = at;
        while (nameEnd < end) {
            char c = s.charAt(nameEnd);
            if (isBlank(c) || c == '[' || c == ':') {
                break;
            }
            nameEnd++;
        }
        if (nameEnd == at || nameEnd >= end) {
            return -1;
        }
        int bodyStart;
        char c = s.charAt(nameEnd);
        if (c == ':') {
            bodyStart = nameEnd + 1;
            event.process(s.substring(at, nameEnd));
        } else if (c == '[') {
            bodyStart = readPid(s, nameEnd, end, false, event);
            if (bodyStart >= 0) {
                event.process(s.substring(at, nameEnd));
            }
        } else {
            bodyStart = readSpacedTag(s, at, nameEnd, end, event);
        }
        if (strict && bodyStart >= 0 && !isPlausibleTag(s, at, nameEnd, bodyStart, end)) {
            return -1;
        }
        return bodyStart;
    }

    private static boolean isPlausibleTag(String s, int nameStart, int nameEnd, int bodyStart, int end) {
        char last = s.charAt(nameEnd - 1);
        if (!Text.isLetter(s.charAt(nameStart)) || !Text.isWordChar(last) && last != ')' && last != '*'
                || bodyStart < end && !isBlank(s.charAt(bodyStart))) {
            return false;
        }
        for (int i = nameStart; i < nameEnd; i++) {
            char c = s.charAt(i);
            if (!isProcessWordChar(c) && c != '(' && c != ')' && c != '*' && c != '/') {
                return false;
            }
        }
        return true;
    }

    /** {@code NTLS [1234]:}, or a name of several words before a pid: {@code Luna PED Client [1234]:}. */
    private static int readSpacedTag(String s, int at, int wordEnd, int end, LogEvent.Builder event) {
        for (int words = 0; words <= MAX_EXTRA_PROCESS_WORDS; words++) {
            int next = skipBlanks(s, wordEnd, end);
            if (next >= end) {
                return -1;
            }
            if (s.charAt(next) == '[') {
                int afterPid = readPid(s, next, end, true, event);
                if (afterPid >= 0) {
                    event.process(s.substring(at, wordEnd));
                }
                return afterPid;
            }
            wordEnd = next;
            while (wordEnd < end && isProcessWordChar(s.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordEnd == next || wordEnd >= end || !isBlank(s.charAt(wordEnd))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Reads {@code [pid]} at {@code open} and the colon after it; returns where the body starts, or -1. A pid set
     * off by a space must be numeric, so ordinary bracketed text is not taken for one.
     */
    private static int readPid(String s, int open, int end, boolean numericOnly, LogEvent.Builder event) {
        int close = open + 1;
        while (close < end && s.charAt(close) != ']' && !isBlank(s.charAt(close))) {
            if (numericOnly && !isDigit(s.charAt(close))) {
                return -1;
            }
            close++;
        }
        if (close >= end || s.charAt(close) != ']' || close == open + 1) {
            return -1;
        }
        int after = close + 1;
        if (after < end && s.charAt(after) == ':') {
            after++;
        } else if (after < end && !isBlank(s.charAt(after))) {
            return -1;
        }
        event.pid(s.substring(open + 1, close));
        return after;
    }

    private static boolean isSpacedPid(String s, int at, int end) {
        if (s.charAt(at) != '[') {
            return false;
        }
        int digits = Text.digitRun(s, at + 1, end);
        int close = at + 1 + digits;
        return digits > 0 && close < end && s.charAt(close) == ']';
    }

    /** A token that ends the header ({@code ipmievd:}, {@code snmptrapd[4189]:}) rather than naming a host. */
    private static boolean looksLikeTag(String s, int from, int to) {
        if (s.charAt(to - 1) == ':') {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '[') {
                return true;
            }
        }
        return false;
    }

    /** The guide elides the start of its lunalog figure with "...". */
    private static int skipEllipsis(String s, int at, int end) {
        if (at < end && s.charAt(at) == '\u2026') {
            return at + 1;
        }
        int i = at;
        while (i < end && s.charAt(i) == '.') {
            i++;
        }
        return i - at >= 3 ? i : at;
    }

    private static boolean isHostName(String s, int from, int to) {
        if (to <= from || !Text.isWordChar(s.charAt(from))) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!Text.isWordChar(c) && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isProcessWordChar(char c) {
        return Text.isWordChar(c) || c == '-' || c == '.';
    }

    /** {@code TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA [MSG]}, with "-" for nil. */
    private void readRfc5424(String s, int at, int end, LogEvent.Builder event) {
        int fieldEnd = tokenEnd(s, at, end);
        if (!isNil(s, at, fieldEnd)) {
            ParsedTimestamp timestamp = timestamps.scan(s, at, fieldEnd);
            event.timestamp(timestamp == null ? null : timestamp.dateTime(), true, s.substring(at, fieldEnd));
        }
        at = skipBlanks(s, fieldEnd, end);
        fieldEnd = tokenEnd(s, at, end);
        event.host(nilOr(s, at, fieldEnd));
        at = skipBlanks(s, fieldEnd, end);
        fieldEnd = tokenEnd(s, at, end);
        event.process(nilOr(s, at, fieldEnd));
        at = skipBlanks(s, fieldEnd, end);
        fieldEnd = tokenEnd(s, at, end);
        event.pid(nilOr(s, at, fieldEnd));
        at = skipBlanks(s, fieldEnd, end);
        at = skipBlanks(s, tokenEnd(s, at, end), end); // MSGID: the guide's rules do not use it
        at = skipStructuredData(s, at, end);
        if (at < end && s.charAt(at) == '\uFEFF') {
            at++;
        }
        MessageText.fill(Text.trimmed(s, at, end), event);
    }

    /** Skips "-" or one or more {@code [id param="value" ...]} elements, honouring quotes and escapes. */
    private static int skipStructuredData(String s, int at, int end) {
        if (at < end && s.charAt(at) == '-') {
            return at + 1;
        }
        while (at < end && s.charAt(at) == '[') {
            boolean quoted = false;
            int i = at + 1;
            while (i < end) {
                char c = s.charAt(i);
                if (quoted && c == '\\') {
                    i += 2;
                    continue;
                }
                i++;
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ']' && !quoted) {
                    break;
                }
            }
            at = Math.min(i, end);
        }
        return at;
    }

    private static boolean isNil(String s, int from, int to) {
        return to - from == 1 && s.charAt(from) == '-';
    }

    private static String nilOr(String s, int from, int to) {
        return to <= from || isNil(s, from, to) ? null : s.substring(from, to);
    }
}
