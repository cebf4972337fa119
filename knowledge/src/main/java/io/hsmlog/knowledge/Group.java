package io.hsmlog.knowledge;

import java.util.Locale;

/** The guide's classification of a message, from the heading it sits under. */
public enum Group {
    EXPECTED, UNEXPECTED, SIGNIFICANT, INSIGNIFICANT, UNLIKELY, DEBUG,
    /** Not a guide heading: what an assessment says of a message no entry describes. */
    UNKNOWN;

    /** Asked for every line written, so spelled once. */
    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }

    public static Group fromKey(String key) {
        for (Group g : values()) {
            if (g.key().equals(key)) return g;
        }
        throw new IllegalArgumentException("unknown group '" + key + "'");
    }
}
