package io.hsmlog.engine;

import io.hsmlog.engine.correlate.GeneratedLog;
import io.hsmlog.engine.parse.LineParser;
import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.engine.rules.RuleBase;
import io.hsmlog.engine.rules.VerdictMemo;
import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.Example;
import io.hsmlog.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A remembered verdict is the verdict the rules give: every line of a generated fleet log, and every example of
 * the knowledge twice over (so that the second time the memo answers), is assessed alike with the memo and with
 * the rules judging every line.
 */
class RememberedVerdictsTest {
    @Test
    void theMemoAgreesWithTheRulesOnEveryLine() throws IOException {
        Knowledge k = SharedEngine.get().knowledge();
        RuleBase rules = RuleBase.build(k);
        TrapReference traps = new TrapReference(java.util.Map.of());
        Pipeline remembering = new Pipeline(k, rules, traps, new VerdictMemo(k));
        Pipeline judging = new Pipeline(k, rules, traps, null);

        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GeneratedLog(40_000, 3),
                StandardCharsets.UTF_8))) {
            r.lines().forEach(lines::add);
        }
        for (int pass = 0; pass < 2; pass++) {
            for (Entry e : k.entries()) {
                for (Example x : e.examples()) lines.add(x.text());
            }
        }
        LineParser parser = new LineParser(2012);
        int compared = 0;
        for (int from = 0; from < lines.size(); from += 2048) {
            List<LogEvent> events = new ArrayList<>();
            for (int i = from; i < Math.min(lines.size(), from + 2048); i++) events.add(parser.parse(i + 1, lines.get(i)));
            List<Assessment> fast = remembering.assess(events);
            List<Assessment> judged = judging.assess(events);
            for (int i = 0; i < events.size(); i++) {
                Assessment a = fast.get(i);
                Assessment b = judged.get(i);
                String line = lines.get(from + i);
                assertEquals(b.entry(), a.entry(), line);
                assertEquals(b.group(), a.group(), line);
                assertEquals(b.priority(), a.priority(), line);
                assertEquals(b.meaning(), a.meaning(), line);
                assertEquals(b.action(), a.action(), line);
                assertEquals(b.trap(), a.trap(), line);
                assertEquals(b.fields(), a.fields(), line);
                assertEquals(b.rulesFired(), a.rulesFired(), line);
                compared++;
            }
        }
        assertTrue(compared > 41_000, "compared " + compared);
    }
}
