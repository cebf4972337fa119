package io.hsmlog.knowledge.validate;

import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.TrapRule;

import java.util.List;

/** Trap rules name a SAFENET-APPLIANCE-MIB notification (Chapter 6) and the process whose messages raise it. */
final class TrapRuleCheck implements KnowledgeCheck {
    @Override
    public void check(Knowledge knowledge, List<Problem> problems) {
        for (TrapRule r : knowledge.trapRules()) {
            String what = "trap rule '" + r.id() + "'";
            if (!r.notification().endsWith("AttentionNotify")) {
                problems.add(new Problem(r.origin(), what + ": notification '" + r.notification()
                        + "' is not a SAFENET-APPLIANCE-MIB ...AttentionNotify notification"));
            }
            if (r.processes().isEmpty()) problems.add(new Problem(r.origin(), what + ": 'processes' is empty"));
        }
    }
}
