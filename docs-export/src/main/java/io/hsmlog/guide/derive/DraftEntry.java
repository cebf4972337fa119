package io.hsmlog.guide.derive;

import java.util.List;

/**
 * One draft entry of a knowledge entries file, keyed as knowledge/README.md describes.
 * Absent optional values are null (or empty lists) and are not written.
 */
public record DraftEntry(String id, String title, String source, String group, String pattern, String event,
                         List<String> severities, String meaning, String priority, String action,
                         List<DraftCase> cases, List<String> processes, String facility, String logFile,
                         String notes, List<String> examples) {

    /** A different priority and action when the event is, or is not, an assert. */
    public record DraftCase(boolean assertion, String priority, String action) {
    }

    DraftEntry withSeverities(List<String> s) {
        return new DraftEntry(id, title, source, group, pattern, event, s, meaning, priority, action, cases,
                processes, facility, logFile, notes, examples);
    }
}
