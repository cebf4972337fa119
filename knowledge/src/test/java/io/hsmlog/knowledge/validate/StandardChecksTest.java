package io.hsmlog.knowledge.validate;

import io.hsmlog.knowledge.Group;
import io.hsmlog.knowledge.InterpretationRule;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.Origin;
import io.hsmlog.knowledge.Priority;
import io.hsmlog.knowledge.TrapRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The checks work on knowledge however it was built, and name where each problem was written. */
class StandardChecksTest {
    private static TrapRule trap(String id, String notification, Set<String> severities, int line) {
        return new TrapRule(id, notification, "Chapter 6", Set.of("ntls"), List.of(), List.of(), severities,
                TrapRule.AssertFrom.ALWAYS, null, null, new Origin("trap-rules.yaml", line));
    }

    private static InterpretationRule rule(String id, String meaning, int line) {
        return new InterpretationRule(id, "Chapter 1", Set.of(), Set.of(), List.of(), Group.SIGNIFICANT, Priority.HIGH,
                meaning, "Act.", new Origin("interpretation.yaml", line));
    }

    private static List<String> check(Knowledge k) {
        List<Problem> problems = new ArrayList<>();
        for (KnowledgeCheck c : StandardChecks.all()) c.check(k, problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void trapRules() {
        List<String> problems = check(new Knowledge(List.of(), List.of(), List.of(
                trap("trap.ntls.err", "ntlAttentionNotify", Set.of("err"), 3),
                trap("trap.ntls.err", "ntlAttentionNotify", Set.of("fatal"), 10),
                trap("Trap", "ntlNotify", Set.of(), 20)), List.of()));
        assertEquals(List.of(
                "trap-rules.yaml:10: trap rule 'trap.ntls.err': duplicate id, first defined at trap-rules.yaml:3",
                "trap-rules.yaml:20: trap rule 'Trap': an id is lower-case letters, digits and '-', in two or more"
                        + " dot-separated parts",
                "trap-rules.yaml:10: trap rule 'trap.ntls.err': unknown severity 'fatal' (known: emerg, panic, alert,"
                        + " crit, critical, err, error, warning, warn, notice, info, debug)",
                "trap-rules.yaml:20: trap rule 'Trap': notification 'ntlNotify' is not a SAFENET-APPLIANCE-MIB"
                        + " ...AttentionNotify notification"), problems);
    }

    @Test
    void interpretationRules() {
        List<String> problems = check(new Knowledge(List.of(), List.of(), List.of(), List.of(
                rule("interpret.a", "Means.", 2), rule("interpret.a", " ", 9))));
        assertEquals(List.of(
                "interpretation.yaml:9: interpretation rule 'interpret.a': duplicate id, first defined at interpretation.yaml:2",
                "interpretation.yaml:9: interpretation rule 'interpret.a': 'meaning' is empty"), problems);
    }
}
