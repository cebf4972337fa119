package io.hsmlog.engine.rules;

import io.hsmlog.knowledge.Case;
import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.InterpretationRule;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.TrapRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.hsmlog.engine.rules.DrlText.list;
import static io.hsmlog.engine.rules.DrlText.str;

/**
 * Generates the DRL that assesses a {@link Subject} from the knowledge. This is the only place DRL is written;
 * every value taken from the knowledge reaches it through {@link DrlText}, and consequences refer to knowledge by
 * id through the {@link RuleCatalog} global rather than by copying its text.
 *
 * <p>Rule layers, by salience: how an IPMI event is read (assert or de-assert), then the matched entry's own
 * verdict, then its cases, then the trap agent's decision, then the generic rules for messages no entry describes.
 * An entry's own verdict is data (group, priority, meaning, action), the same for every entry, so one rule applies
 * it; only what differs between lines of one entry (cases) becomes rules of its own. One rule instead of one per
 * entry keeps the rule base small, and its build about a third shorter.
 */
public final class DrlGenerator {
    static final int SALIENCE_EVENT = 1000;
    static final int SALIENCE_ENTRY = 900;
    static final int SALIENCE_CASE = 800;
    static final int SALIENCE_TRAP = 500;
    static final int SALIENCE_INTERPRETATION = 200;
    /** The rule that gives a line its entry's verdict; it reports itself as fired as "entry " and the entry's id. */
    static final String ENTRY_RULE = "entry: the matched entry's verdict";

    private DrlGenerator() {
    }

    public static String generate(Knowledge k) {
        StringBuilder d = new StringBuilder(64 * 1024);
        d.append("package io.hsmlog.rules;\n\n").append("dialect \"mvel\"\n\n")
                .append("import ").append(Subject.class.getName()).append(";\n")
                .append("global ").append(RuleCatalog.class.getName()).append(" catalog;\n\n");
        eventRules(d);
        rule(d, ENTRY_RULE, SALIENCE_ENTRY, "entryId != null",
                "$s.classify(catalog.entry($s.entryId), \"entry \" + $s.entryId)");
        for (Entry e : k.entries()) caseRules(d, e);
        List<TrapRule> traps = k.trapRules();
        for (int i = 0; i < traps.size(); i++) trapRule(d, traps.get(i), SALIENCE_TRAP - i);
        List<InterpretationRule> generic = k.interpretation();
        for (int i = 0; i < generic.size(); i++) interpretationRule(d, generic.get(i), SALIENCE_INTERPRETATION - i);
        return d.toString();
    }

    /** Chapter 3 "Threshold Events" and Chapter 6: a reading at the threshold already counts as an assert. */
    private static void eventRules(StringBuilder d) {
        eventRule(d, "event: threshold reading at or below a going-low threshold asserts",
                "eventKind == \"threshold\", assertion == null, comparison == \"<\", reading != null, thresholdValue != null, reading <= thresholdValue", true);
        eventRule(d, "event: threshold reading above a going-low threshold de-asserts",
                "eventKind == \"threshold\", assertion == null, comparison == \"<\", reading != null, thresholdValue != null, reading > thresholdValue", false);
        eventRule(d, "event: threshold reading at or above a going-high threshold asserts",
                "eventKind == \"threshold\", assertion == null, comparison == \">\", reading != null, thresholdValue != null, reading >= thresholdValue", true);
        eventRule(d, "event: threshold reading below a going-high threshold de-asserts",
                "eventKind == \"threshold\", assertion == null, comparison == \">\", reading != null, thresholdValue != null, reading < thresholdValue", false);
        eventRule(d, "event: discrete record Asserted", "eventKind == \"discrete\", assertion == null, state == \"asserted\"", true);
        eventRule(d, "event: discrete record Deasserted", "eventKind == \"discrete\", assertion == null, state == \"deasserted\"", false);
    }

    private static void eventRule(StringBuilder d, String name, String when, boolean assertion) {
        rule(d, name, SALIENCE_EVENT, when, "$s.fired(" + str(name) + ");\n    modify($s) { setAssertion(" + assertion + ") }");
    }

    private static void caseRules(StringBuilder d, Entry e) {
        String id = str(e.id());
        List<Case> cases = e.cases();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<String> when = new ArrayList<>();
            when.add("entryId == " + id);
            if (c.assertion() != null) when.add("assertion == " + c.assertion());
            if (c.severities() != null && !c.severities().isEmpty()) when.add("severity in " + severities(c.severities()));
            if (c.fields() != null) {
                for (Map.Entry<String, List<String>> f : c.fields().entrySet()) {
                    when.add("field(" + str(f.getKey()) + ") in " + list(f.getValue()));
                }
            }
            String caseName = "case " + e.id() + " #" + (i + 1);
            rule(d, caseName, SALIENCE_CASE - i, String.join(", ", when),
                    "$s.applyCase(catalog.caseOf(" + id + ", " + i + "), " + str(caseName) + ")");
        }
    }

    private static void trapRule(StringBuilder d, TrapRule t, int salience) {
        List<String> when = new ArrayList<>();
        if (!t.processes().isEmpty()) when.add("processKey in " + list(t.processes()));
        if (!t.severities().isEmpty()) when.add("severity in " + severities(t.severities()));
        if (!t.containsAny().isEmpty()) when.add(anyContains("message", t.containsAny()));
        if (!t.mentionsAny().isEmpty()) when.add(anyContains("message", t.mentionsAny()));
        String name = "trap " + t.id();
        rule(d, name, salience, String.join(", ", when),
                "$s.trap(catalog.trapRule(" + str(t.id()) + "), " + str(name) + ")");
    }

    private static void interpretationRule(StringBuilder d, InterpretationRule r, int salience) {
        List<String> when = new ArrayList<>();
        when.add("entryId == null");
        if (!r.processes().isEmpty()) when.add("processKey in " + list(r.processes()));
        if (!r.severities().isEmpty()) when.add("severity in " + severities(r.severities()));
        if (!r.containsAny().isEmpty()) {
            when.add(anyContains("lowerMessage", r.containsAny().stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList()));
        }
        String name = "interpretation " + r.id();
        rule(d, name, salience, String.join(", ", when),
                "$s.interpret(catalog.interpretation(" + str(r.id()) + "), " + str(name) + ")");
    }

    private static String severities(java.util.Collection<String> written) {
        return list(new java.util.TreeSet<>(written.stream().map(io.hsmlog.engine.match.Severities::canonical).toList()));
    }

    private static String anyContains(String property, List<String> texts) {
        List<String> parts = new ArrayList<>(texts.size());
        for (String t : texts) parts.add(property + " contains " + str(t));
        return parts.size() == 1 ? parts.get(0) : "( " + String.join(" || ", parts) + " )";
    }

    private static void rule(StringBuilder d, String name, int salience, String when, String then) {
        d.append("rule ").append(str(name)).append('\n')
                .append("    salience ").append(salience).append('\n')
                .append("when\n")
                .append("    $s : Subject( ").append(when).append(" )\n")
                .append("then\n")
                .append("    ").append(then).append(";\n")
                .append("end\n\n");
    }
}
