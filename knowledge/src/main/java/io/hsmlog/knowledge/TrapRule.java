package io.hsmlog.knowledge;

import java.util.List;
import java.util.Set;

/**
 * One condition under which the Luna SNMP Trap Agent sends a trap (Chapter 6).
 *
 * @param notification the SAFENET-APPLIANCE-MIB notification, e.g. fanAttentionNotify
 * @param processes    process names the rule applies to, lower case
 * @param mentionsAny  the message must mention one of these (sensor names); empty for no such condition
 * @param containsAny  the message must contain one of these texts; empty for no such condition
 * @param severities   the syslog severity must be one of these; empty for any
 * @param assertFrom   how the trap's assert flag is decided
 * @param platform     the appliance generation the rule is documented for, e.g. "Luna SA 7"; null for all
 */
public record TrapRule(String id, String notification, String source, Set<String> processes,
                       List<String> mentionsAny, List<String> containsAny, Set<String> severities,
                       AssertFrom assertFrom, String platform, String notes, Origin origin) {

    /** Where a trap's assert (1) or de-assert (0) flag comes from. */
    public enum AssertFrom {
        /** The threshold reading compared with the threshold. */
        THRESHOLD,
        /** The record's Asserted / Deasserted word. */
        DISCRETE,
        /** Always an assert. */
        ALWAYS
    }
}
