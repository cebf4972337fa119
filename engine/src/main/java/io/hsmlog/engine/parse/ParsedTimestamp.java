package io.hsmlog.engine.parse;

import java.time.LocalDateTime;

/**
 * A timestamp found at the start of a field.
 *
 * @param end       index just past it
 * @param dateTime  the wall-clock time, or null when it has a timestamp's shape but names no real date
 * @param yearKnown false when the year was assumed
 */
record ParsedTimestamp(int end, LocalDateTime dateTime, boolean yearKnown) {
}
