package io.hsmlog.knowledge.correlation;

import io.hsmlog.knowledge.Origin;

import java.util.List;

/**
 * A sequence of messages that together make an incident, compiled to a Drools Fusion rule over the assessed
 * lines of one stream. Lines are only ever joined when they agree on the key, and the host is always part of it.
 *
 * @param key         names of the attributes the lines must agree on, host first
 * @param window      how far apart in log time the lines may be
 * @param anyOrder    true when the two steps may come in either order (a trap and the line it refers to)
 * @param steps       the steps in the order they must occur; the last may be absent
 * @param collect     lines that do not make the incident but are reported with it (failures in between), or null
 * @param derive      values computed from the lines for the finding
 * @param finding     how the incident is reported
 * @param resolution  for an absence, how a late arrival of the missing line is reported; null for none
 */
public record Correlation(String id, String title, String description, String source, List<String> key,
                          Window window, boolean anyOrder, List<Step> steps, Selector collect,
                          List<Derivation> derive, Outcome finding, Resolution resolution, String notes,
                          Origin origin) {

    /** What the finding of a resolution is reported under: the correlation's id and this suffix. */
    public static final String RESOLVED = ".resolved";

    /** How the steps make an incident. */
    public enum Shape {
        /** Every step occurs, in order, within the window. */
        SEQUENCE,
        /** The first step occurs and the second does not follow within the window. */
        ABSENCE,
        /** Both steps occur within the window of each other, in either order. */
        ANY_ORDER
    }

    public Correlation {
        key = List.copyOf(key);
        steps = List.copyOf(steps);
        derive = List.copyOf(derive);
    }

    public Shape shape() {
        if (anyOrder) return Shape.ANY_ORDER;
        return steps.get(steps.size() - 1).absent() ? Shape.ABSENCE : Shape.SEQUENCE;
    }

    /** The step with this name, or null. */
    public Step step(String name) {
        for (Step s : steps) {
            if (s.name().equals(name)) return s;
        }
        return null;
    }
}
