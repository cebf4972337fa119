package io.hsmlog.knowledge.correlation;

import io.hsmlog.knowledge.Priority;

/**
 * The second finding of an absence: the missing line came after all, later than the window but within
 * {@code within} of the first line.
 */
public record Resolution(Window within, Priority priority, Template summary, Template action) {
}
