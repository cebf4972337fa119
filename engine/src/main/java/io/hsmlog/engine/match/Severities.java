package io.hsmlog.engine.match;

import java.util.Locale;

/** Syslog severities as the guide and rsyslog spell them, reduced to one name each. */
public final class Severities {
    private Severities() {
    }

    /** "critical" and "crit", "error" and "err", "warn" and "warning", "panic" and "emerg" are the same. */
    public static String canonical(String severity) {
        if (severity == null) return null;
        switch (severity) {
            // Already canonical, as nearly every logged severity is: asked once per line, so no copy.
            case "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug":
                return severity;
            default:
                break;
        }
        String s = severity.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "critical" -> "crit";
            case "error" -> "err";
            case "warn" -> "warning";
            case "panic" -> "emerg";
            default -> s;
        };
    }
}
