package io.hsmlog.engine.parse;

/** Where a fact came from: a syslog record, a line of snmpwalk output, a received trap, or nothing recognisable. */
public enum Source {
    SYSLOG("syslog"),
    SNMP_WALK("snmp-walk"),
    SNMP_TRAP("snmp-trap"),
    UNKNOWN("unknown");

    private final String key;

    Source(String key) {
        this.key = key;
    }

    /** The lower-case name the knowledge files use for this source. */
    public String key() {
        return key;
    }
}
