package io.hsmlog.knowledge.validate;

import java.util.List;

/** The syslog severity names the appliance and the guide use, including the long and deprecated spellings. */
public final class SyslogSeverities {
    /** Most severe first; {@code panic}, {@code critical}, {@code error} and {@code warn} are aliases. */
    public static final List<String> NAMES = List.of(
            "emerg", "panic", "alert", "crit", "critical", "err", "error", "warning", "warn", "notice", "info", "debug");

    private SyslogSeverities() {
    }

    public static boolean isKnown(String name) {
        return NAMES.contains(name);
    }
}
