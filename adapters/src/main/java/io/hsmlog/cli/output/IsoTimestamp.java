package io.hsmlog.cli.output;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A log time as ISO-8601 text, exactly as {@link DateTimeFormatter#ISO_LOCAL_DATE_TIME} writes it, without the
 * formatter's cost: every JSON line carries one, and the general formatter allocated more than the rest of the
 * line's encoding.
 */
final class IsoTimestamp {
    private IsoTimestamp() {
    }

    static String format(LocalDateTime t) {
        int year = t.getYear();
        int nano = t.getNano();
        // Years the formatter writes with a sign or more digits, and fractions of a second, are rare: its way.
        if (year < 1000 || year > 9999 || nano != 0) return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
        char[] c = new char[19];
        digits(c, 0, year, 4);
        c[4] = '-';
        digits(c, 5, t.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, t.getDayOfMonth(), 2);
        c[10] = 'T';
        digits(c, 11, t.getHour(), 2);
        c[13] = ':';
        digits(c, 14, t.getMinute(), 2);
        c[16] = ':';
        digits(c, 17, t.getSecond(), 2);
        return new String(c);
    }

    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
