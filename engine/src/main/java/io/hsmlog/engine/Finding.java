package io.hsmlog.engine;

import io.hsmlog.knowledge.Priority;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An incident: lines that a correlation joined, reported once, when the last of them arrives (or, for a line
 * that should have been followed by another, when its window closes). Immutable.
 *
 * @param rule        the correlation's id; a resolution's is the id followed by {@code .resolved}
 * @param title       the correlation's title
 * @param priority    how urgent the incident is
 * @param host        the host all its lines come from
 * @param lines       the input line numbers of its lines, ascending
 * @param summary     what happened, with the lines' values filled in
 * @param action      what to do
 * @param description what the correlation looks for and why, citing the guide
 * @param timeline    its lines in order, each with its time and a short text
 * @param open        true when the input ended before the window closed: what is reported missing might still
 *                    have come
 */
public record Finding(String rule, String title, Priority priority, String host, List<Long> lines, String summary,
                      String action, String description, List<Moment> timeline, boolean open) {

    public Finding {
        lines = List.copyOf(lines);
        timeline = List.copyOf(timeline);
    }

    /**
     * One line of an incident.
     *
     * @param line      the input line number
     * @param timestamp the time the line was logged at, or null when it has none
     * @param text      which step it is and what it says, shortened
     */
    public record Moment(long line, LocalDateTime timestamp, String text) {
    }
}
