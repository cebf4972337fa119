package io.hsmlog.engine;

import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.knowledge.Group;
import io.hsmlog.knowledge.Priority;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What one input line means: the parsed fact, the entry that describes it (if any), and the verdict of the rules.
 * Immutable.
 *
 * @param event      the parsed line
 * @param component  the component of the entry, or null when no entry describes the line
 * @param entry      the id of the entry, or null
 * @param title      the guide's heading for the message, or null
 * @param fields     the values the entry's pattern captured, plus what the rules derived (sensor, threshold...)
 * @param trap       the trap the trap agent sends for this message, or null
 * @param rulesFired the names of the rules that decided this assessment, in firing order
 */
public record Assessment(
        LogEvent event,
        String component,
        String entry,
        String title,
        Group group,
        Priority priority,
        String meaning,
        String action,
        Map<String, String> fields,
        Trap trap,
        List<String> rulesFired) {

    public long line() {
        return event.line();
    }

    public String source() {
        return event.source().key();
    }

    public LocalDateTime timestamp() {
        return event.timestamp();
    }

    public boolean test() {
        return event.test();
    }

    /** True when this assessment is as urgent as {@code threshold} or more. */
    public boolean atLeast(Priority threshold) {
        return priority.atLeast(threshold);
    }
}
