package io.hsmlog.knowledge.validate;

import io.hsmlog.knowledge.Case;
import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.EventKind;
import io.hsmlog.knowledge.Knowledge;

import java.util.List;

/** A case that tests what its entry cannot know would never apply. */
final class CaseConditionCheck implements KnowledgeCheck {
    @Override
    public void check(Knowledge knowledge, List<Problem> problems) {
        for (Entry e : knowledge.entries()) {
            for (int i = 0; i < e.cases().size(); i++) {
                Case c = e.cases().get(i);
                String what = "entry '" + e.id() + "', case " + (i + 1);
                if (c.assertion() != null && e.event() == EventKind.MESSAGE) {
                    problems.add(new Problem(c.origin(), what + ": 'assert' needs 'event: threshold' or 'event: discrete'"));
                }
                for (String field : c.fields().keySet()) {
                    if (!e.compiled().fieldNames().contains(field)) {
                        problems.add(new Problem(c.origin(), what + ": 'field." + field + "' is not captured by the pattern"
                                + " (captured: " + String.join(", ", e.compiled().fieldNames()) + ")"));
                    }
                }
            }
        }
    }
}
