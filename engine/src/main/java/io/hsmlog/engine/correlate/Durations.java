package io.hsmlog.engine.correlate;

/** Spans of log time as support staff read them: "50 seconds", "2 hours 5 minutes", "3 days 4 hours". */
final class Durations {
    private Durations() {
    }

    static String humanize(long millis) {
        long s = Math.max(0, millis) / 1000;
        if (s < 60) return plural(s, "second");
        long m = s / 60;
        if (m < 60) return plural(m, "minute") + (s % 60 == 0 ? "" : " " + plural(s % 60, "second"));
        long h = m / 60;
        if (h < 24) return plural(h, "hour") + (m % 60 == 0 ? "" : " " + plural(m % 60, "minute"));
        long d = h / 24;
        return plural(d, "day") + (h % 24 == 0 ? "" : " " + plural(h % 24, "hour"));
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
