package io.hsmlog.knowledge;

import io.hsmlog.knowledge.pattern.MessagePattern;

import java.util.List;
import java.util.Set;

/**
 * One documented message: how to recognise it, what the guide says it means and what to do.
 *
 * @param processes  process names as logged, lower case, without pid
 * @param severities syslog severities the entry applies to; empty for any
 * @param pattern    the message in the guide's notation, or null when {@code regex} is given
 * @param regex      a raw regular expression, or null when {@code pattern} is given
 * @param compiled   the pattern or regex, compiled
 */
public record Entry(
        String id,
        Component component,
        List<String> processes,
        String facility,
        String logFile,
        String title,
        String source,
        Group group,
        String pattern,
        String regex,
        MessagePattern compiled,
        String meaning,
        Priority priority,
        String action,
        List<Example> examples,
        List<Example> counterExamples,
        Set<String> severities,
        EventKind event,
        List<Case> cases,
        String notes,
        Origin origin) {
}
