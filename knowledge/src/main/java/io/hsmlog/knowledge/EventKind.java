package io.hsmlog.knowledge;

import java.util.Locale;

/** How an entry's message says whether a condition began (assert) or ended (de-assert). */
public enum EventKind {
    /** A plain message. */
    MESSAGE,
    /** An IPMI threshold reading: assert when the comparison of reading and threshold holds. */
    THRESHOLD,
    /** An IPMI discrete record ending in Asserted or Deasserted. */
    DISCRETE;

    /** Asked for every line written, so spelled once. */
    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }

    public static EventKind fromKey(String key) {
        for (EventKind k : values()) {
            if (k.key().equals(key)) return k;
        }
        throw new IllegalArgumentException("unknown event kind '" + key + "'");
    }
}
