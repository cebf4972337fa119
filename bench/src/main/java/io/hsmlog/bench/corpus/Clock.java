package io.hsmlog.bench.corpus;

import java.time.LocalDateTime;

/** Timestamps in the guide's display format ({@code 2026 Mar 02 12:05:01}), rising evenly over the corpus. */
final class Clock {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private final LocalDateTime start;
    private final long spanSeconds;
    private final long lines;
    private long cachedSecond = -1;
    private String cachedText;

    Clock(LocalDateTime start, long spanSeconds, long lines) {
        this.start = start;
        this.spanSeconds = spanSeconds;
        this.lines = Math.max(1, lines);
    }

    /** The timestamp of line {@code index} (from 0): several lines share a second when the corpus is dense. */
    String at(long index) {
        long second = index * spanSeconds / lines;
        if (second != cachedSecond) {
            cachedSecond = second;
            cachedText = format(start.plusSeconds(second));
        }
        return cachedText;
    }

    /** The day of line {@code index} as {@code 2026-03-02}, for messages that name a date. */
    String isoDate(long index) {
        return start.plusSeconds(index * spanSeconds / lines).toLocalDate().toString();
    }

    static String format(LocalDateTime t) {
        StringBuilder sb = new StringBuilder(20);
        sb.append(t.getYear()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ');
        two(sb, t.getDayOfMonth()).append(' ');
        two(sb, t.getHour()).append(':');
        two(sb, t.getMinute()).append(':');
        return two(sb, t.getSecond()).toString();
    }

    private static StringBuilder two(StringBuilder sb, int n) {
        return sb.append(n < 10 ? "0" : "").append(n);
    }
}
