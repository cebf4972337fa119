package io.hsmlog.knowledge;

/** The four IPMI thresholds the appliance logs (Chapter 3, "Threshold Events"). */
public enum Threshold {
    LNR("Lower Non-recoverable", false),
    LC("Lower Critical", false),
    UC("Upper Critical", true),
    UNR("Upper Non-recoverable", true);

    private final String phrase;
    private final boolean upper;
    private final String normalized;

    Threshold(String phrase, boolean upper) {
        this.phrase = phrase;
        this.upper = upper;
        this.normalized = normalized(phrase);
    }

    /** The words ipmievd logs for it, e.g. "Lower Critical". */
    public String phrase() {
        return phrase;
    }

    /** True for thresholds a reading crosses going high. */
    public boolean upper() {
        return upper;
    }

    /** True for the non-recoverable ("potential damage") thresholds. */
    public boolean nonRecoverable() {
        return this == LNR || this == UNR;
    }

    /** The threshold named by a logged phrase, ignoring case, spaces and hyphens; null when none. */
    public static Threshold fromPhrase(String logged) {
        String norm = normalized(logged);
        for (Threshold t : values()) {
            if (t.normalized.equals(norm)) return t;
        }
        return null;
    }

    /** Lower case without blanks or hyphens: "Lower Non-recoverable" and "lower nonrecoverable" read the same. */
    private static String normalized(String phrase) {
        StringBuilder b = new StringBuilder(phrase.length());
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c != '-' && !Character.isWhitespace(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }
}
