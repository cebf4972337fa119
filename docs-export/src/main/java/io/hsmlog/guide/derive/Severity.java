package io.hsmlog.guide.derive;

import java.util.Locale;

/** Syslog severity keywords as the guide prints them, normalised and ranked. */
final class Severity {

    private Severity() {
    }

    /** "critical" and "crit" are one severity, as are "warn" and "warning", "error" and "err". */
    static String normalise(String keyword) {
        if (keyword == null) {
            return null;
        }
        return switch (keyword.toLowerCase(Locale.ROOT)) {
            case "critical" -> "crit";
            case "warn" -> "warning";
            case "error" -> "err";
            case "panic" -> "emerg";
            default -> keyword.toLowerCase(Locale.ROOT);
        };
    }

    /** 3 for emerg, alert and crit; 2 for err; 1 for warning; 0 for the rest. */
    static int rank(String severity) {
        if (severity == null) {
            return 0;
        }
        return switch (severity) {
            case "emerg", "alert", "crit" -> 3;
            case "err" -> 2;
            case "warning" -> 1;
            default -> 0;
        };
    }
}
