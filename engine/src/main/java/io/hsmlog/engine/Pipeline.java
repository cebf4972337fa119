package io.hsmlog.engine;

import io.hsmlog.engine.match.Match;
import io.hsmlog.engine.match.SensorEnrichment;
import io.hsmlog.engine.match.TemplateIndex;
import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.engine.rules.RuleBase;
import io.hsmlog.engine.rules.Subject;
import io.hsmlog.engine.rules.Verdict;
import io.hsmlog.engine.rules.VerdictMemo;
import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.Group;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.Priority;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parsed events in, assessments out: match each message to its entry, then let the rules judge the batch. */
final class Pipeline {
    private final TemplateIndex index;
    private final SensorEnrichment enrichment;
    private final RuleBase rules;
    private final TrapReference trapReference;
    private final VerdictMemo memo;

    Pipeline(Knowledge knowledge, RuleBase rules, TrapReference trapReference) {
        this(knowledge, rules, trapReference, new VerdictMemo(knowledge));
    }

    /** With {@code memo} null, the rules judge every line: what the memo must agree with. */
    Pipeline(Knowledge knowledge, RuleBase rules, TrapReference trapReference, VerdictMemo memo) {
        this.index = new TemplateIndex(knowledge.entries());
        this.enrichment = new SensorEnrichment(knowledge);
        this.rules = rules;
        this.trapReference = trapReference;
        this.memo = memo;
    }

    List<Assessment> assess(List<LogEvent> events) {
        List<Subject> subjects = new ArrayList<>(events.size());
        for (LogEvent e : events) {
            if (e.garbage() != null) {
                subjects.add(null);
                continue;
            }
            Match m = index.match(e);
            if (m != null) enrichment.enrich(m);
            subjects.add(m == null ? new Subject(e, null, new LinkedHashMap<>(4)) : new Subject(e, m.entry(), m.fields()));
        }
        // Subjects the rules have already judged an indistinguishable case of take that verdict; the rest are
        // judged together in one session.
        int n = events.size();
        Verdict[] verdicts = new Verdict[n];
        VerdictMemo.Key[] keys = new VerdictMemo.Key[n];
        List<Subject> judged = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Subject s = subjects.get(i);
            if (s == null) continue;
            keys[i] = memo == null ? null : memo.key(s);
            verdicts[i] = keys[i] == null ? null : memo.get(keys[i]);
            if (verdicts[i] == null) judged.add(s);
        }
        if (!judged.isEmpty()) rules.assess(judged);
        List<Assessment> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Subject s = subjects.get(i);
            if (s == null) {
                out.add(garbage(events.get(i)));
                continue;
            }
            if (verdicts[i] == null) {
                verdicts[i] = Verdict.of(s);
                if (keys[i] != null) memo.put(keys[i], verdicts[i]);
            }
            out.add(assessment(s, verdicts[i]));
        }
        return out;
    }

    TemplateIndex index() {
        return index;
    }

    private Assessment assessment(Subject s, Verdict v) {
        Entry e = s.entry();
        Trap trap = v.trapNotification() == null ? null
                : new Trap(v.trapNotification(), v.trapAssertion(), trapReference.of(s.getEvent(), e, v.trapAssertion()));
        Map<String, String> fields = s.getFields();
        if (v.assertion() != null) fields.put("assert", String.valueOf(v.assertion()));
        fields = fields.isEmpty() ? Map.of() : Collections.unmodifiableMap(fields);
        return new Assessment(s.getEvent(),
                e == null ? null : e.component().key(),
                e == null ? null : e.id(),
                e == null ? null : e.title(),
                v.group(), v.priority(), v.meaning(), v.action(), fields, trap, v.rulesFired());
    }

    private static Assessment garbage(LogEvent e) {
        return new Assessment(e, null, null, null, Group.UNKNOWN, Priority.INFO,
                "Not a log line: " + e.garbage() + ".",
                "No action on the appliance. The line was skipped; if such lines recur, check how the log is collected or copied.",
                Map.of(), null, List.of("garbage"));
    }
}
