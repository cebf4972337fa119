package io.hsmlog.engine.parse;

import java.time.LocalDateTime;

/**
 * The SAFENET-APPLIANCE-MIB ssLogReference a trap carries: which appliance log record caused it,
 * {@code [host:ip / date / logfile / process[pid] / 1|0]}. The guide prints the date and log file in both orders,
 * so the date is told apart by its shape.
 *
 * @param host          the appliance's host name
 * @param ip            the appliance's address as written (may be a placeholder such as xxx.xxx.xxx.xxx), or null
 * @param timestampText the record's timestamp as written
 * @param timestamp     that timestamp, or null when it has no year and none was supplied
 * @param logFile       the log file holding the record, e.g. messages
 * @param process       the process that logged it, without the pid
 * @param pid           its pid, or null
 * @param assertion     true for an assert (1), false for a de-assert (0), null when missing or unreadable
 * @param raw           the reference without its brackets
 */
public record LogReference(String host, String ip, String timestampText, LocalDateTime timestamp, String logFile,
                           String process, String pid, Boolean assertion, String raw) {

    private static final int MAX_FIELDS = 8;
    /** Any year will do: a yearless timestamp is reported without a date when none is supplied. */
    private static final TimestampScanner YEAR_AS_WRITTEN = new TimestampScanner(2000);

    /**
     * Reads a reference, with or without its brackets or the quotes snmptrapd puts around strings; null when
     * {@code text} does not have the reference's shape (host, then the date and log file, then the process).
     */
    public static LogReference parse(String text) {
        return parse(text, null);
    }

    /** As {@link #parse(String)}, dating yearless timestamps with {@code scanner}'s default year. */
    static LogReference parse(String text, TimestampScanner scanner) {
        if (text == null) {
            return null;
        }
        String inner = unwrap(text);
        int[] bounds = fieldBounds(inner, true);
        if (bounds == null) {
            bounds = fieldBounds(inner, false);
        }
        if (bounds == null) {
            return null;
        }
        int fields = bounds.length / 2;
        TimestampScanner dates = scanner != null ? scanner : YEAR_AS_WRITTEN;
        String first = field(inner, bounds, 1);
        String second = field(inner, bounds, 2);
        ParsedTimestamp date = wholeTimestamp(dates, first);
        String dateText = first;
        String logFile = second;
        if (date == null) {
            date = wholeTimestamp(dates, second);
            dateText = second;
            logFile = first;
        }
        String hostAndIp = field(inner, bounds, 0);
        if (date == null || hostAndIp.isEmpty()) {
            return null;
        }
        LocalDateTime timestamp = scanner != null || date.yearKnown() ? date.dateTime() : null;
        int colon = hostAndIp.indexOf(':');
        String host = colon < 0 ? hostAndIp : hostAndIp.substring(0, colon).trim();
        String ip = colon < 0 ? null : hostAndIp.substring(colon + 1).trim();

        String processField = field(inner, bounds, 3);
        String process = processField;
        String pid = null;
        int open = processField.indexOf('[');
        if (open > 0 && processField.endsWith("]")) {
            process = processField.substring(0, open).trim();
            pid = processField.substring(open + 1, processField.length() - 1).trim();
        }
        Boolean assertion = null;
        if (fields > 4) {
            String flag = field(inner, bounds, 4);
            assertion = flag.equals("1") ? Boolean.TRUE : flag.equals("0") ? Boolean.FALSE : null;
        }
        return new LogReference(host, ip == null || ip.isEmpty() ? null : ip, dateText, timestamp, logFile,
                process, pid == null || pid.isEmpty() ? null : pid, assertion, inner);
    }

    private static String unwrap(String text) {
        int start = Text.trimStart(text, 0, text.length());
        int end = Text.trimEnd(text, start, text.length());
        if (end - start >= 2 && text.charAt(start) == '"' && text.charAt(end - 1) == '"') {
            start++;
            end--;
        }
        if (start < end && text.charAt(start) == '[') {
            start++;
            // A reference cut short keeps its process's "[pid]" but loses the closing bracket.
            if (end > start && text.charAt(end - 1) == ']' && closesMoreThanOpens(text, start, end)) {
                end--;
            }
        }
        return Text.trimmed(text, start, end);
    }

    private static boolean closesMoreThanOpens(String s, int start, int end) {
        int balance = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '[') {
                balance++;
            } else if (c == ']') {
                balance--;
            }
        }
        return balance < 0;
    }

    /**
     * Start/end pairs of the slash-separated fields; null for fewer than four. Strictly, a separator is a slash
     * between blanks (the process or log file might hold a path); leniently, a slash beside at least one blank.
     */
    private static int[] fieldBounds(String s, boolean strict) {
        int[] bounds = new int[MAX_FIELDS * 2];
        int count = 0;
        int start = 0;
        int end = s.length();
        for (int i = 0; i < end && count < MAX_FIELDS - 1; i++) {
            if (s.charAt(i) != '/') {
                continue;
            }
            boolean blankBefore = i > 0 && Text.isBlank(s.charAt(i - 1));
            boolean blankAfter = i + 1 < end && Text.isBlank(s.charAt(i + 1));
            if (strict ? blankBefore && blankAfter : blankBefore || blankAfter) {
                bounds[2 * count] = start;
                bounds[2 * count + 1] = i;
                count++;
                start = i + 1;
            }
        }
        bounds[2 * count] = start;
        bounds[2 * count + 1] = end;
        count++;
        return count < 4 ? null : java.util.Arrays.copyOf(bounds, count * 2);
    }

    private static String field(String s, int[] bounds, int index) {
        return Text.trimmed(s, bounds[2 * index], bounds[2 * index + 1]);
    }

    private static ParsedTimestamp wholeTimestamp(TimestampScanner scanner, String field) {
        ParsedTimestamp date = scanner.scan(field, 0, field.length());
        return date != null && date.end() == field.length() ? date : null;
    }
}
