package io.hsmlog.knowledge;

import java.util.Locale;

/** How urgently a message needs attention, most urgent first. */
public enum Priority {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    /** Asked for every line written, so spelled once. */
    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }

    /** True when this priority is as urgent as {@code other} or more. */
    public boolean atLeast(Priority other) {
        return ordinal() <= other.ordinal();
    }

    public static Priority fromKey(String key) {
        for (Priority p : values()) {
            if (p.key().equals(key)) return p;
        }
        throw new IllegalArgumentException("unknown priority '" + key + "'");
    }
}
