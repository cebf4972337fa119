package io.hsmlog.knowledge;

import java.util.Locale;

/** The appliance components the guide documents, one chapter section each. */
public enum Component {
    IPMI, SMART, SNMP, NTP, SSH, PRIVILEGED, KERNEL, SYSSTAT, CBS, NTLS,
    /** LunaSH state and status, {@code lush:} in messages. */
    LUSH,
    /** LunaSH command logging, {@code lunash [pid]:} in lunalog. */
    LUNASH,
    CRON, CERTMONITORD, LSTA, ADMINAPI,
    /** The HSM firmware log of Chapter 5. */
    OAMP;

    /** Asked for every line written, so spelled once. */
    private final String key = name().toLowerCase(Locale.ROOT);

    /** The name used in YAML and in output. */
    public String key() {
        return key;
    }

    public static Component fromKey(String key) {
        for (Component c : values()) {
            if (c.key().equals(key)) return c;
        }
        throw new IllegalArgumentException("unknown component '" + key + "'");
    }
}
