package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Finding;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.correlation.Correlation;
import io.hsmlog.knowledge.correlation.CorrelationReader;
import io.hsmlog.knowledge.validate.Problem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.hsmlog.engine.correlate.Lines.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values from YAML reach the rules as literals only: whatever they contain, they are compared, never run. */
class CorrelationDrlTest {
    private static final String HOSTILE = "sysconf \\\" ) then System.exit(1); end rule \\\"x\\\" when eval(true \\u00e9";

    @Test
    void hostileValuesAreComparedAsText() {
        String yaml = """
                correlations:
                  - id: test.hostile
                    title: A command with quotes
                    source: test
                    description: Values full of DRL syntax.
                    steps:
                      - name: command
                        entry: lunash.command
                        starts_with: { command: "%s" }
                    finding:
                      priority: low
                      summary: "ran {command.command}"
                      action: "none"
                """.formatted(HOSTILE);
        List<Problem> problems = new ArrayList<>();
        List<Correlation> read = new CorrelationReader(problems).read("hostile.yaml",
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), problems);
        Knowledge k = Scenario.ENGINE.knowledge();
        CorrelationBase base = CorrelationBase.build(new Knowledge(k.entries(), k.sensors(), k.trapRules(),
                k.interpretation(), read));
        assertFalse(base.drl().contains("System.exit(1); end rule \"x\""), base.drl());

        String command = read.get(0).steps().get(0).anyOf().get(0).conditions().get(0).values().get(0);
        Correlator c = base.newCorrelator();
        List<Finding> found = new ArrayList<>();
        for (var a : Scenario.ENGINE.assess(List.of(
                at("12:05:01", "local5 info lunash [1]: info : 0 : Command: " + command + " more : admin : Console"),
                at("12:05:02", "local5 info lunash [1]: info : 0 : Command: sysconf appliance reboot : admin : Console")))) {
            found.addAll(c.accept(a));
        }
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).summary().startsWith("ran sysconf \" ) then System.exit(1);"), found.get(0).summary());
    }

    @Test
    void everySuccessorTheRulesCompareWithIsExplainedAtTheTop() {
        String drl = Scenario.BASE.drl();
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("successor\\( (\\d+) \\)").matcher(drl);
        int uses = 0;
        while (used.find()) {
            uses++;
            assertTrue(drl.contains("\n//   " + used.group(1) + ": step "), "no legend for kind " + used.group(1));
        }
        assertTrue(uses > 0, "the rules compare successors");
        assertTrue(drl.contains(": step \"first\" of \"disk.filling-up\", succeeded by the next of its kind\n"), drl);
        assertTrue(drl.contains(": step \"asserted\" of \"threshold.persists\", succeeded by the line it awaits\n"), drl);
    }

    @Test
    void windowsAreWrittenAsDroolsTimeLiterals() {
        String drl = Scenario.BASE.drl();
        assertTrue(drl.contains("this after[ 0ms, 15m ] $s1"), "fan.stopped-then-recovered");
        assertTrue(drl.contains("this before[ 0ms, 10m ] $s1"), "ssh.repeated-failures-from-client");
        assertTrue(drl.contains("this coincides[ 10m ] $s1"), "trap.log-record");
    }
}
