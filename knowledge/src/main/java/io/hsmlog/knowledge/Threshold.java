package io.hsmlog.knowledge;

/** The four IPMI thresholds the appliance logs (Chapter 3, "Threshold Events"). */
public enum Threshold {
    LNR("Lower Non-recoverable", false),
    LC("Lower Critical", false),
    UC("Upper Critical", true),
    UNR("Upper Non-recoverable", true);

    private final String phrase;
    private final boolean upper;

    Threshold(String phrase, boolean upper) {
        this.phrase = phrase;
        this.upper = upper;
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
        String norm = logged.replaceAll("[\\s-]+", "").toLowerCase(java.util.Locale.ROOT);
        for (Threshold t : values()) {
            if (t.phrase.replaceAll("[\\s-]+", "").toLowerCase(java.util.Locale.ROOT).equals(norm)) return t;
        }
        return null;
    }
}
