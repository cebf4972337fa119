package io.hsmlog.engine.correlate;

import io.hsmlog.knowledge.correlation.Correlation;
import io.hsmlog.knowledge.correlation.Selector;
import io.hsmlog.knowledge.correlation.Step;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of sequences whose lines know the next line of their kind: the next line of the same step with the
 * same key. A sequence pairs a step's line only with lines of the following step that come before that next line,
 * which is what "each step's line is the latest of its kind before the next step's" means. Written as one
 * comparison, a new line of the following step is tested against each waiting line; written as a negation, Drools
 * first pairs it with every waiting line and then discards all pairs but one, which for a window of days is
 * hundreds of pairs for every line.
 *
 * <p>A step's kind is a number given here, the same for every session; each {@link Timeline} keeps its own
 * {@link Links}, the latest line of each kind and key.
 */
final class Successors {
    /** The lines of {@code step} of {@code correlation}, joined on the key parts the rules join on. */
    private record Kind(int id, Correlation correlation, Step step) {
    }

    private static final Kind[] NONE = new Kind[0];

    private final Map<String, Integer> ids = new HashMap<>();
    /** For each entry, the kinds whose selectors name it or name no entry; arrays, as every inserted line asks. */
    private final Map<String, Kind[]> byEntry = new HashMap<>();
    private final Kind[] anyEntry;
    private final int count;

    Successors(List<Correlation> correlations) {
        List<Kind> kinds = new ArrayList<>();
        for (Correlation c : correlations) {
            if (c.shape() != Correlation.Shape.SEQUENCE) continue;
            // The last step's line is the one that completes a sequence: nothing asks for its successor.
            for (int i = 0; i < c.steps().size() - 1; i++) {
                ids.put(name(c, i), kinds.size());
                kinds.add(new Kind(kinds.size(), c, c.steps().get(i)));
            }
        }
        count = kinds.size();
        Map<String, Set<Kind>> named = new HashMap<>();
        List<Kind> any = new ArrayList<>();
        for (Kind k : kinds) {
            for (Selector s : k.step().anyOf()) {
                if (s.entries().isEmpty() && !any.contains(k)) any.add(k);
                for (String entry : s.entries()) named.computeIfAbsent(entry, e -> new LinkedHashSet<>()).add(k);
            }
        }
        anyEntry = any.toArray(NONE);
        named.forEach((entry, ks) -> {
            Set<Kind> all = new LinkedHashSet<>(ks);
            all.addAll(any);
            byEntry.put(entry, all.toArray(NONE));
        });
    }

    private static String name(Correlation c, int step) {
        return c.id() + "#" + step;
    }

    /** The kind of the lines of step {@code step} (from 0) of the sequence {@code c}. */
    int kind(Correlation c, int step) {
        Integer id = ids.get(name(c, step));
        if (id == null) throw new IllegalArgumentException("no successor is asked of step " + step + " of " + c.id());
        return id;
    }

    /** How many kinds there are: the size of an occurrence's table of successors. */
    int count() {
        return count;
    }

    private Kind[] kindsOf(Occurrence o) {
        String entry = o.getEntry();
        return entry == null ? anyEntry : byEntry.getOrDefault(entry, anyEntry);
    }

    /** The key the line is joined on as a line of kind {@code k}; null when it is not of that kind. */
    private static Object keyOf(Kind k, Occurrence o) {
        if (!isOf(k.step(), o)) return null;
        Correlation c = k.correlation();
        List<String> key = new ArrayList<>(c.key().size());
        for (int i = 0; i < c.key().size(); i++) {
            if (CorrelationDrl.isHost(c, i)) continue; // one timeline per host
            String value = o.attr(k.step().keyAttribute(c.key().get(i)));
            if (value == null) return null; // a line without its key joins nothing
            key.add(value);
        }
        return new LinkKey(k.id(), key);
    }

    private record LinkKey(int kind, List<String> key) {
    }

    /** True when a line is of the step: as the step's selection in the rules. */
    private static boolean isOf(Step step, Occurrence o) {
        for (Selector s : step.anyOf()) {
            if ((s.entries().isEmpty() || s.entries().contains(o.getEntry()))
                    && Selectors.mayMatch(s, o.assessment()) && Selectors.conditionsHold(s, o)) {
                return true;
            }
        }
        return false;
    }

    /** One timeline's latest line of each kind and key. */
    final class Links {
        private final Map<Object, Occurrence> latest = new HashMap<>();

        /**
         * Makes the line the latest of each kind it is of, and the successor of the line that was. Called once the
         * line is in the session and its own matches are made, so that it follows, not precedes, its predecessor
         * in those.
         */
        void link(Occurrence o) {
            for (Kind k : kindsOf(o)) {
                Object key = keyOf(k, o);
                if (key == null) continue;
                Occurrence before = latest.put(key, o);
                if (before != null) before.followedBy(k.id(), o.getSeq(), count);
            }
        }

        /** Forgets a line leaving the session. Its predecessors keep it as their successor: they are older still. */
        void unlink(Occurrence o) {
            for (Kind k : kindsOf(o)) {
                Object key = keyOf(k, o);
                if (key != null) latest.remove(key, o);
            }
        }
    }
}
