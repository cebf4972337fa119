package io.hsmlog.knowledge.validate;

import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.InterpretationRule;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.Origin;
import io.hsmlog.knowledge.TrapRule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An id names one thing: within a layer, a second entry or rule with the same id is a mistake, not an override. */
final class DuplicateIdCheck implements KnowledgeCheck {
    @Override
    public void check(Knowledge knowledge, List<Problem> problems) {
        Map<String, Origin> seen = new HashMap<>();
        for (Entry e : knowledge.entries()) report("entry", e.id(), e.origin(), seen, problems);
        seen.clear();
        for (TrapRule r : knowledge.trapRules()) report("trap rule", r.id(), r.origin(), seen, problems);
        seen.clear();
        for (InterpretationRule r : knowledge.interpretation()) {
            report("interpretation rule", r.id(), r.origin(), seen, problems);
        }
    }

    private static void report(String what, String id, Origin origin, Map<String, Origin> seen, List<Problem> problems) {
        Origin first = seen.putIfAbsent(id, origin);
        if (first != null) {
            problems.add(new Problem(origin, what + " '" + id + "': duplicate id, first defined at " + first));
        }
    }
}
