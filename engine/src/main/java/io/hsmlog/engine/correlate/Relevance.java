package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Assessment;
import io.hsmlog.knowledge.correlation.Correlation;
import io.hsmlog.knowledge.correlation.Selector;
import io.hsmlog.knowledge.correlation.Step;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which lines the correlations refer to, and how long each must be kept. Most lines of a log are not part of
 * any incident; they are never inserted, so a week of logs costs the session only what its incidents need.
 *
 * <p>A line is kept as long as the longest use any correlation has for it. Within an absence, both the line that
 * starts it and the line it waits for are kept two windows: long enough that a repeat of the first line within
 * the window still sees it, and so never reports the same open condition twice. A first line whose absence was
 * reported is kept longer, for its resolution: {@link Correlator} extends it then, so that the lines of
 * conditions that cleared in time are not held for days.
 */
final class Relevance {
    private record Use(Selector selector, long keepMillis) {
    }

    private static final Use[] NONE = new Use[0];

    /** Arrays rather than lists: every line is looked up, and an iterator per loop adds up on the quick JIT. */
    private final Map<String, Use[]> byEntry = new HashMap<>();
    private final Use[] anyEntry;

    Relevance(List<Correlation> correlations) {
        Map<String, List<Use>> byEntryLists = new HashMap<>();
        List<Use> any = new ArrayList<>();
        for (Correlation c : correlations) {
            long window = c.window() == null ? 0 : c.window().millis();
            long keep = c.shape() == Correlation.Shape.ABSENCE ? 2 * window : window;
            for (Step s : c.steps()) {
                for (Selector sel : s.anyOf()) add(sel, keep, byEntryLists, any);
            }
            if (c.collect() != null) add(c.collect(), window, byEntryLists, any);
        }
        byEntryLists.forEach((id, uses) -> byEntry.put(id, uses.toArray(NONE)));
        anyEntry = any.toArray(NONE);
    }

    private static void add(Selector s, long keepMillis, Map<String, List<Use>> byEntry, List<Use> any) {
        Use use = new Use(s, keepMillis);
        if (s.entries().isEmpty()) any.add(use);
        for (String id : s.entries()) byEntry.computeIfAbsent(id, k -> new ArrayList<>()).add(use);
    }

    /** True when no selector could match the line: the cheap test, before attributes are gathered. */
    boolean irrelevant(Assessment a) {
        Use[] uses = a.entry() == null ? null : byEntry.get(a.entry());
        if (uses != null) {
            for (Use u : uses) {
                if (Selectors.mayMatch(u.selector(), a)) return false;
            }
        }
        for (Use u : anyEntry) {
            if (Selectors.mayMatch(u.selector(), a)) return false;
        }
        return true;
    }

    /** How long to keep the occurrence, in milliseconds of log time; -1 when no correlation refers to it. */
    long keepMillis(Occurrence o) {
        long keep = -1;
        Use[] uses = o.getEntry() == null ? null : byEntry.get(o.getEntry());
        if (uses != null) keep = longestMatching(uses, o, keep);
        return longestMatching(anyEntry, o, keep);
    }

    private static long longestMatching(Use[] uses, Occurrence o, long keep) {
        for (Use u : uses) {
            if (u.keepMillis() > keep && Selectors.mayMatch(u.selector(), o.assessment())
                    && Selectors.conditionsHold(u.selector(), o)) {
                keep = u.keepMillis();
            }
        }
        return keep;
    }
}
