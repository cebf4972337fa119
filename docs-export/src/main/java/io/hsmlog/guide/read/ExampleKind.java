package io.hsmlog.guide.read;

/** What an example quoted by the guide is an example of. */
public enum ExampleKind {
    /** A line as syslog writes it: date, host, facility, severity, process, message. */
    SYSLOG,
    /** A line of snmpwalk output (Chapter 2). */
    SNMP_WALK,
    /** A trap notification as a trap receiver logs it (Chapter 6). */
    SNMP_TRAP,
    /** The log line a {@code sysconf snmp trap test} command makes the appliance write (Chapter 6). */
    TEST_EVENT
}
