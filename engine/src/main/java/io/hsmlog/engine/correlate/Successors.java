package io.hsmlog.engine.correlate;

import io.hsmlog.engine.rules.DrlText;
import io.hsmlog.knowledge.correlation.Correlation;
import io.hsmlog.knowledge.correlation.Selector;
import io.hsmlog.knowledge.correlation.Step;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line that succeeds a line in its part of a correlation, which the rules compare numbers with instead of
 * searching for it:
 * <ul>
 * <li>a line of a sequence's step is succeeded by the next line of the same step with the same key. A sequence
 * pairs a step's line only with lines of the following step that come before its successor: "each step's line is
 * the latest of its kind before the next step's". Written as a negation, Drools would first pair a new line of the
 * following step with every waiting line and then discard all pairs but one: for a window of days, hundreds of
 * pairs for every line.</li>
 * <li>the first line of an absence is succeeded by the line it waits for, the first to come within the window.
 * A repeat of the first line reports nothing new while an earlier one still waits, that is, while the earlier
 * one's successor is later than the repeat. Marking the earlier line answered instead would make Drools evaluate
 * it again in every rule that tests it.</li>
 * </ul>
 * Either way, whether a line has a successor before another line never changes once both are in the session, so
 * the rules need not be told when a successor comes.
 *
 * <p>Each such step is a kind, numbered here, the same for every session; each {@link Timeline} keeps its own
 * {@link Links} of the lines still waiting for their successor.
 */
final class Successors {
    /**
     * The lines of {@code step} of {@code correlation}; for an absence's first step, {@code awaited} is the step
     * whose line succeeds them.
     */
    private record Kind(int id, Correlation correlation, Step step, Step awaited) {
        boolean isAbsence() {
            return awaited != null;
        }
    }

    /** A kind with the line's role in it: a line of the kind itself, or the line an absence of the kind awaits. */
    private record Role(Kind kind, boolean awaited) {
        Step step() {
            return awaited ? kind.awaited() : kind.step();
        }
    }

    private record LinkKey(int kind, List<String> key) {
    }

    private static final Role[] NONE = new Role[0];

    private final Map<String, Integer> ids = new HashMap<>();
    /** For each entry, the roles whose selectors name it or name no entry; arrays, as every inserted line asks. */
    private final Map<String, Role[]> byEntry = new HashMap<>();
    private final Role[] anyEntry;
    private final List<Kind> kinds;
    private final int count;

    Successors(List<Correlation> correlations) {
        List<Kind> kinds = new ArrayList<>();
        for (Correlation c : correlations) {
            switch (c.shape()) {
                // The last step's line is the one that completes a sequence: nothing asks for its successor.
                case SEQUENCE -> {
                    for (int i = 0; i < c.steps().size() - 1; i++) kinds.add(kind(c, i, kinds.size(), null));
                }
                case ABSENCE -> kinds.add(kind(c, 0, kinds.size(), c.steps().get(1)));
                case ANY_ORDER -> {
                }
            }
        }
        count = kinds.size();
        this.kinds = List.copyOf(kinds);
        List<Role> roles = new ArrayList<>();
        for (Kind k : kinds) {
            roles.add(new Role(k, false));
            if (k.isAbsence()) roles.add(new Role(k, true));
        }
        Map<String, List<Role>> named = new HashMap<>();
        List<Role> any = new ArrayList<>();
        for (Role r : roles) {
            for (Selector s : r.step().anyOf()) {
                if (s.entries().isEmpty()) addOnce(any, r);
                for (String entry : s.entries()) addOnce(named.computeIfAbsent(entry, e -> new ArrayList<>()), r);
            }
        }
        anyEntry = any.toArray(NONE);
        named.forEach((entry, rs) -> {
            for (Role r : any) addOnce(rs, r);
            byEntry.put(entry, rs.toArray(NONE));
        });
    }

    /** Adds the role unless it is there: compared by identity, as a record's equality would compare whole correlations. */
    private static void addOnce(List<Role> roles, Role r) {
        for (Role there : roles) {
            if (there == r) return;
        }
        roles.add(r);
    }

    private Kind kind(Correlation c, int step, int id, Step awaited) {
        ids.put(name(c, step), id);
        return new Kind(id, c, c.steps().get(step), awaited);
    }

    private static String name(Correlation c, int step) {
        return c.id() + "#" + step;
    }

    /** The kind of the lines of step {@code step} (from 0) of {@code c}: a sequence's step before the last, or an absence's first. */
    int kind(Correlation c, int step) {
        Integer id = ids.get(name(c, step));
        if (id == null) throw new IllegalArgumentException("no successor is asked of step " + step + " of " + c.id());
        return id;
    }

    /** What each kind's number stands for, a line each, for readers of the generated rules. */
    List<String> legend() {
        List<String> out = new ArrayList<>(kinds.size());
        for (Kind k : kinds) {
            out.add(k.id() + ": step " + DrlText.str(k.step().name()) + " of " + DrlText.str(k.correlation().id())
                    + (k.isAbsence() ? ", succeeded by the line it awaits" : ", succeeded by the next of its kind"));
        }
        return out;
    }

    private Role[] rolesOf(Occurrence o) {
        String entry = o.getEntry();
        return entry == null ? anyEntry : byEntry.getOrDefault(entry, anyEntry);
    }

    /** The key the line is joined on in its role; null when it does not have the role. */
    private static LinkKey keyOf(Role r, Occurrence o) {
        Step step = r.step();
        if (!Selectors.selects(step, o)) return null;
        Correlation c = r.kind().correlation();
        List<String> key = new ArrayList<>(c.key().size());
        for (int i = 0; i < c.key().size(); i++) {
            if (CorrelationDrl.isHost(c, i)) continue; // one timeline per host
            String value = o.attr(step.keyAttribute(c.key().get(i)));
            if (value == null) return null; // a line without its key joins nothing
            key.add(value);
        }
        return new LinkKey(r.kind().id(), key);
    }

    /** One timeline's lines still waiting for their successor: for each kind and key, in the order they came. */
    final class Links {
        private final Map<LinkKey, ArrayDeque<Occurrence>> waiting = new HashMap<>();

        /**
         * Makes the line the successor of the lines it succeeds, and a line waiting for its own. Called once the
         * line is in the session and its own matches are made, so that in those it does not yet succeed anything.
         */
        void link(Occurrence o) {
            List<Object> keys = null;
            for (Role r : rolesOf(o)) {
                LinkKey key = keyOf(r, o);
                if (key == null) continue;
                Kind k = r.kind();
                if (r.awaited()) {
                    answer(k, key, o);
                    continue;
                }
                ArrayDeque<Occurrence> lines = waiting.computeIfAbsent(key, x -> new ArrayDeque<>(2));
                if (!k.isAbsence()) {
                    // Only the latest line of a sequence's step waits: the new one succeeds it.
                    Occurrence before = lines.pollLast();
                    if (before != null) before.succeededBy(k.id(), o.getSeq(), count);
                }
                lines.addLast(o);
                if (keys == null) keys = new ArrayList<>(2);
                keys.add(key);
            }
            if (keys != null) o.linkedAs(keys);
        }

        /** The awaited line succeeds the first lines it came within the window of; none waits any longer. */
        private void answer(Kind k, LinkKey key, Occurrence awaited) {
            ArrayDeque<Occurrence> lines = waiting.remove(key);
            if (lines == null) return;
            long window = k.correlation().window().millis();
            for (Occurrence first : lines) {
                if (awaited.getMillis() - first.getMillis() <= window) first.succeededBy(k.id(), awaited.getSeq(), count);
            }
        }

        /** The lines waiting for a successor: each is in the session until it leaves it. */
        List<Occurrence> waiting() {
            List<Occurrence> all = new ArrayList<>();
            waiting.values().forEach(all::addAll);
            return all;
        }

        /**
         * Forgets a line leaving the session, by the keys it waited under. What it succeeded keeps it as successor:
         * any line still to come is later than it.
         */
        void unlink(Occurrence o) {
            for (Object key : o.linkedAs()) {
                ArrayDeque<Occurrence> lines = waiting.get(key);
                if (lines != null && lines.removeFirstOccurrence(o) && lines.isEmpty()) waiting.remove(key);
            }
        }
    }
}
