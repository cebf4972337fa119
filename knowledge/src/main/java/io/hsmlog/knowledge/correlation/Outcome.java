package io.hsmlog.knowledge.correlation;

import io.hsmlog.knowledge.Priority;

import java.util.List;

/**
 * What an incident is reported as.
 *
 * @param priority     the finding's priority; null when {@code priorityFrom} gives it
 * @param priorityFrom the name of a step whose line's own priority the finding takes, or null
 * @param escalations  priorities that replace it under conditions, first that holds wins
 * @param summary      what happened, with {@code {placeholders}} filled from the lines
 * @param action       what to do, with placeholders
 */
public record Outcome(Priority priority, String priorityFrom, List<Escalation> escalations, Template summary,
                      Template action) {
    public Outcome {
        escalations = List.copyOf(escalations);
    }
}
