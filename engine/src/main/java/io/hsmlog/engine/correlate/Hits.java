package io.hsmlog.engine.correlate;

import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the generated rules report what they found: the session's global. It accepts a match only at the moment
 * it can really complete an incident and marks the lines used, so a line makes at most one incident per rule.
 *
 * <p>A rule can match again when lines it tested the absence of are removed from the session: a sequence whose
 * "nothing in between" was blocked, an absence whose awaited line came. Such matches say nothing about the log;
 * they are refused: a sequence or a resolution completes only when its last line is inserted, an absence only
 * while log time advances, and nothing completes while lines are being removed.
 */
public final class Hits {
    /** What the correlator is doing when a rule fires. */
    enum Phase { IDLE, ADVANCING, REMOVING, INSERTING }

    /** A match, as found. */
    record Hit(String rule, List<Occurrence> anchors, List<List<Occurrence>> counted, List<Occurrence> collected) {
    }

    private final Map<String, Boolean> completesOnInsert;
    private final List<Hit> hits = new ArrayList<>();
    private Phase phase = Phase.IDLE;
    private Occurrence inserting;

    /** @param completesOnInsert for each rule that reports findings, whether its last line completes it */
    Hits(Map<String, Boolean> completesOnInsert) {
        this.completesOnInsert = completesOnInsert;
    }

    /**
     * Called by the rules: an incident of {@code rule} over these lines.
     *
     * @param anchors   the lines of the steps, in order
     * @param counted   for each step, the lines it counted, or null when it counts none
     * @param collected the lines collected between the steps, or null
     */
    public void found(RuleContext context, String rule, List<?> anchors, List<?> counted, List<?> collected) {
        Boolean onInsert = completesOnInsert.get(rule);
        if (onInsert == null || phase == Phase.REMOVING || phase == Phase.IDLE) return;
        if (onInsert ? phase != Phase.INSERTING || !anchors.contains(inserting) : phase != Phase.ADVANCING) {
            return;
        }
        List<Occurrence> lines = occurrences(anchors);
        List<List<Occurrence>> counts = new ArrayList<>(counted.size());
        for (Object c : counted) counts.add(c == null ? List.of() : occurrences((List<?>) c));
        List<Occurrence> extra = collected == null ? List.of() : occurrences(collected);
        hits.add(new Hit(rule, lines, counts, extra));
        for (Occurrence o : lines) use(context, rule, o);
        for (List<Occurrence> c : counts) {
            for (Occurrence o : c) use(context, rule, o);
        }
    }

    private static void use(RuleContext context, String rule, Occurrence o) {
        if (o.usedBy(rule)) return;
        o.use(rule);
        KieRuntime runtime = context.getKieRuntime();
        FactHandle handle = runtime.getFactHandle(o);
        if (handle != null) runtime.update(handle, o, "usedRules");
    }

    private static List<Occurrence> occurrences(List<?> objects) {
        List<Occurrence> out = new ArrayList<>(objects.size());
        for (Object o : objects) out.add((Occurrence) o);
        return out;
    }

    void phase(Phase phase, Occurrence inserting) {
        this.phase = phase;
        this.inserting = inserting;
    }

    /** The matches found since the last call, in the order found. */
    List<Hit> drain() {
        if (hits.isEmpty()) return List.of();
        List<Hit> out = List.copyOf(hits);
        hits.clear();
        return out;
    }
}
