package io.hsmlog.knowledge.correlation;

import io.hsmlog.knowledge.Priority;

import java.util.List;

/** A priority the finding takes instead when all its conditions hold; the first that holds wins. */
public record Escalation(List<Condition> when, Priority priority) {
    public Escalation {
        when = List.copyOf(when);
    }
}
