package io.hsmlog.engine;

/**
 * The trap the Luna SNMP Trap Agent sends for a message (Chapter 6).
 *
 * @param notification the SAFENET-APPLIANCE-MIB notification, e.g. fanAttentionNotify
 * @param assertion    true for an assert event (1 in the log reference), false for a de-assert (0)
 * @param logReference the ssLogReference value: {@code [host:ip / date / logfile / process / 1|0]}
 */
public record Trap(String notification, boolean assertion, String logReference) {
}
