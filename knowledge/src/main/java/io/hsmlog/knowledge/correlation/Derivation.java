package io.hsmlog.knowledge.correlation;

/**
 * A value computed for the finding from the lines, named for use in placeholders and escalations.
 *
 * @param name      the value's name, e.g. days_left
 * @param daysUntil the field holding a date; the value is the whole days from the line's time to that date
 */
public record Derivation(String name, String daysUntil) {
}
