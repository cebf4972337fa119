package io.hsmlog.knowledge.correlation;

import io.hsmlog.knowledge.EventKind;

import java.util.List;
import java.util.Set;

/**
 * The names steps, keys and templates may use besides the fields an entry's pattern captures. One list, so the
 * validator and the engine agree on what exists.
 */
public final class Attributes {
    /** Every line has these (null when the line does not carry them). */
    public static final List<String> OF_EVERY_LINE = List.of(
            "host", "process", "pid", "time", "severity", "message",
            // The trap the line refers to: for a received trap, its notification and log reference; for a
            // logged message, the notification the trap agent sends for it.
            "notification", "ref.host", "ref.time", "ref.process", "ref.assert");

    /** Added by the engine to IPMI threshold readings (Chapter 3, Table 1 and "Threshold Events"). */
    public static final List<String> OF_THRESHOLD_EVENTS = List.of(
            "threshold_kind", "sensor_location", "sensor_type", "sensor_unit", "table_threshold", "assert");

    /** Added by the engine to IPMI discrete records. */
    public static final List<String> OF_DISCRETE_EVENTS = List.of("assert");

    /** Names a template may use whatever the lines: the incident's span, its window, the collected lines. */
    public static final Set<String> OF_EVERY_INCIDENT = Set.of("elapsed", "window", "collected", "count");

    /** Names a template may use after a step's name: {@code {stopped.time}}, {@code {failed.count}}. */
    public static final Set<String> OF_EVERY_STEP = Set.of(
            "time", "line", "count", "message", "title", "meaning", "action", "priority");

    private Attributes() {
    }

    /** The attributes the engine derives for lines of an entry of this kind. */
    public static List<String> derivedFor(EventKind kind) {
        return switch (kind) {
            case THRESHOLD -> OF_THRESHOLD_EVENTS;
            case DISCRETE -> OF_DISCRETE_EVENTS;
            case MESSAGE -> List.of();
        };
    }
}
