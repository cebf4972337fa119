package io.hsmlog.knowledge.correlation;

import io.hsmlog.knowledge.Origin;

import java.util.List;
import java.util.Map;

/**
 * One part of an incident: lines of one kind that must (or, when {@code absent}, must not) occur.
 *
 * @param name    how the summary and the timeline refer to the step: {@code {stopped.reading}}
 * @param anyOf   the kinds of line that count for the step; a line counts when any selector holds
 * @param count   how many such lines the incident needs, at least
 * @param absent  true for the last step of an absence: the incident is that no such line followed in the window
 * @param keyFrom for key names this step reads from another attribute, that attribute ({@code time: ref.time})
 */
public record Step(String name, List<Selector> anyOf, int count, boolean absent, Map<String, String> keyFrom,
                   Origin origin) {

    public Step {
        anyOf = List.copyOf(anyOf);
        keyFrom = Map.copyOf(keyFrom);
    }

    /** The attribute this step's lines carry the key {@code name} in. */
    public String keyAttribute(String name) {
        return keyFrom.getOrDefault(name, name);
    }
}
