package io.hsmlog.knowledge.validate;

import io.hsmlog.knowledge.Case;
import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.InterpretationRule;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.Origin;
import io.hsmlog.knowledge.TrapRule;

import java.util.Collection;
import java.util.List;

/** A misspelt severity would make a condition that never holds: every name must be a syslog severity. */
final class SeverityNameCheck implements KnowledgeCheck {
    @Override
    public void check(Knowledge knowledge, List<Problem> problems) {
        for (Entry e : knowledge.entries()) {
            check("entry '" + e.id() + "'", e.severities(), e.origin(), problems);
            for (int i = 0; i < e.cases().size(); i++) {
                Case c = e.cases().get(i);
                check("entry '" + e.id() + "', case " + (i + 1), c.severities(), c.origin(), problems);
            }
        }
        for (TrapRule r : knowledge.trapRules()) check("trap rule '" + r.id() + "'", r.severities(), r.origin(), problems);
        for (InterpretationRule r : knowledge.interpretation()) {
            check("interpretation rule '" + r.id() + "'", r.severities(), r.origin(), problems);
        }
    }

    private static void check(String what, Collection<String> severities, Origin origin, List<Problem> problems) {
        for (String s : severities) {
            if (!SyslogSeverities.isKnown(s)) {
                problems.add(new Problem(origin, what + ": unknown severity '" + s + "' (known: "
                        + String.join(", ", SyslogSeverities.NAMES) + ")"));
            }
        }
    }
}
