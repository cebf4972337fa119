package io.hsmlog.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainAndRulesTest {

    @Test
    void explainShowsTheParseTheVerdictAndTheRulesThatFired() {
        CommandLineRun run = CommandLineRun.of("explain",
                "2012 Feb 29 12:05:01 myLuna local5 crit NTLS [1234]: info : 0 : NTLS CRASH AND BURN and unable to dump the stack!");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("lunalog        severity info, code 0"), run.out());
        assertTrue(run.out().contains("priority       critical"), run.out());
        assertTrue(run.out().contains("Rules fired, in order:"), run.out());
        assertTrue(run.out().contains("trap           ntlAttentionNotify (assert)"), run.out());
    }

    @Test
    void explainDoesNotSendTerminalEscapesFromTheLogToTheTerminal() {
        CommandLineRun run = CommandLineRun.of("explain", "myLuna evil: \u001b[2J cleared");
        assertTrue(!run.out().contains("\u001b"), run.out());
        assertTrue(run.out().contains("[2J cleared"), run.out());
    }

    @Test
    void rulesDrlPrintsTheGeneratedRules() {
        CommandLineRun run = CommandLineRun.of("rules", "--drl");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("package io.hsmlog.rules;"), run.out().substring(0, 80));
        assertTrue(run.out().contains("rule \"interpretation interpret.crash-and-burn\""));
    }

    @Test
    void anInvalidKnowledgeDirectoryIsReportedWithFileAndLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir.resolve("entries"));
        java.nio.file.Files.writeString(dir.resolve("entries/bad.yaml"), "component: ipmi\nentries:\n  - id: ipmi.x\n    priorty: high\n");
        CommandLineRun run = CommandLineRun.of("knowledge", "--knowledge", dir.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("bad.yaml:4"), run.err());
    }
}
