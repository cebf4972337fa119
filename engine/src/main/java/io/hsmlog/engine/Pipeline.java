package io.hsmlog.engine;

import io.hsmlog.engine.match.Match;
import io.hsmlog.engine.match.SensorEnrichment;
import io.hsmlog.engine.match.TemplateIndex;
import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.engine.rules.RuleBase;
import io.hsmlog.engine.rules.Subject;
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

    Pipeline(Knowledge knowledge, RuleBase rules, TrapReference trapReference) {
        this.index = new TemplateIndex(knowledge.entries());
        this.enrichment = new SensorEnrichment(knowledge);
        this.rules = rules;
        this.trapReference = trapReference;
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
        List<Subject> judged = new ArrayList<>(subjects.size());
        for (Subject s : subjects) if (s != null) judged.add(s);
        if (!judged.isEmpty()) rules.assess(judged);
        List<Assessment> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Subject s = subjects.get(i);
            out.add(s == null ? garbage(events.get(i)) : verdict(s));
        }
        return out;
    }

    TemplateIndex index() {
        return index;
    }

    private Assessment verdict(Subject s) {
        Entry e = s.entry();
        Trap trap = s.getTrapNotification() == null ? null
                : new Trap(s.getTrapNotification(), s.trapAssertion(), trapReference.of(s.getEvent(), e, s.trapAssertion()));
        Map<String, String> fields = s.getFields();
        if (s.getAssertion() != null) fields.put("assert", String.valueOf(s.getAssertion()));
        fields = fields.isEmpty() ? Map.of() : Collections.unmodifiableMap(fields);
        return new Assessment(s.getEvent(),
                e == null ? null : e.component().key(),
                e == null ? null : e.id(),
                e == null ? null : e.title(),
                s.group(), s.priority(), s.meaning(), s.action(), fields, trap, List.copyOf(s.rulesFired()));
    }

    private static Assessment garbage(LogEvent e) {
        return new Assessment(e, null, null, null, Group.UNKNOWN, Priority.INFO,
                "Not a log line: " + e.garbage() + ".",
                "No action on the appliance. The line was skipped; if such lines recur, check how the log is collected or copied.",
                Map.of(), null, List.of("garbage"));
    }
}
