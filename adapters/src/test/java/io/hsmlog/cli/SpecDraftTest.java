package io.hsmlog.cli;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Trap;
import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.engine.parse.Source;
import io.hsmlog.knowledge.Group;
import io.hsmlog.knowledge.Priority;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpecDraftTest {

    private static final String FAN = "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan3B . "
            + "Lower Critical going low (Reading 0 < Threshold 2000 RPM)";

    @Test
    void aSignificantLineBecomesAScenarioExpectingItsAssessment() {
        String draft = draft(false, List.of(bytes(FAN)), List.of(
                assessment(1, FAN, "ipmi.threshold", "Full Sensor Record Threshold Reading", Priority.HIGH,
                        new Trap("fanAttentionNotify", true, "[myLuna / 2012 Feb 29 12:05:01 / messages / ipmievd / 1]"))));

        assertTrue(draft.contains("Feature: excerpt.log\n"), draft);
        assertTrue(draft.contains("  Scenario: Line 1: Full Sensor Record Threshold Reading\n"), draft);
        assertTrue(draft.contains("    Given the log lines:\n      \"\"\"\n      " + FAN + "\n      \"\"\"\n"), draft);
        assertTrue(draft.contains("    When it is assessed\n"
                + "    Then the entry is \"ipmi.threshold\"\n"
                + "    And it is in group \"significant\"\n"
                + "    And the priority is \"high\"\n"
                + "    And a trap fanAttentionNotify is sent with assert\n"), draft);
    }

    @Test
    void routineLinesAreLeftOutUnlessAllAreAsked() {
        String line = "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Waiting for events...";
        List<Assessment> assessed = List.of(assessment(1, line, "ipmi.waiting", "Waiting For Events", Priority.INFO, null));

        String some = draft(false, List.of(bytes(line)), assessed);
        String all = draft(true, List.of(bytes(line)), assessed);

        assertFalse(some.contains("Scenario:"), some);
        assertTrue(some.contains("# 1 of 1 lines are routine"), some);
        assertTrue(all.contains("Scenario: Line 1: Waiting For Events"), all);
        assertTrue(all.contains("Then the entry is \"ipmi.waiting\"\n    And it is in group \"significant\"\n"
                + "    And the priority is \"info\"\n    And no trap is sent\n"), all);
    }

    @Test
    void consecutiveLinesOfOneEntryShareAScenario() {
        List<byte[]> lines = List.of(bytes(FAN), bytes(FAN));
        Trap trap = new Trap("fanAttentionNotify", true, "");
        String draft = draft(false, lines, List.of(
                assessment(1, FAN, "ipmi.threshold", "Full Sensor Record Threshold Reading", Priority.HIGH, trap),
                assessment(2, FAN, "ipmi.threshold", "Full Sensor Record Threshold Reading", Priority.HIGH, trap)));

        assertTrue(draft.contains("Scenario: Lines 1-2: Full Sensor Record Threshold Reading"), draft);
        assertTrue(draft.contains("When they are assessed\n    Then line 1 entry is \"ipmi.threshold\""), draft);
        assertTrue(draft.contains("And a trap fanAttentionNotify is sent for line 2 with assert"), draft);
    }

    @Test
    void gherkinSpecialTextIsEscapedAndUndecodableLinesAreGivenAsBytes() {
        String quotes = "2012 Feb 29 12:05:01 myLuna user notice lush: text with \"\"\" inside";
        byte[] notUtf8 = {'a', (byte) 0xC3, '(', 'b'};
        String escape = "2012 Feb 29 12:05:01 myLuna user notice lush: \u001B[2J";
        List<byte[]> lines = List.of(bytes(quotes), notUtf8, bytes(escape));
        LogEvent garbage = LogEvent.builder(2, Source.UNKNOWN).raw("a\\xC3(b").garbage("invalid UTF-8 at byte 2").build();
        String draft = draft(true, lines, List.of(
                assessment(1, quotes, null, null, Priority.LOW, null),
                new Assessment(garbage, null, null, null, Group.UNKNOWN, Priority.INFO, "m", "a", Map.of(), null, List.of()),
                assessment(3, escape, null, null, Priority.LOW, null)));

        assertTrue(draft.contains("      2012 Feb 29 12:05:01 myLuna user notice lush: text with \\\"\\\"\\\" inside\n"), draft);
        assertTrue(draft.contains("Given a line with the bytes \"61 C3 28 62\"\n"), draft);
        assertTrue(draft.contains("Then it is garbage because \"invalid UTF-8 at byte 2\""), draft);
        assertTrue(draft.contains("Given a line with the bytes \"32 30 31 32"), draft);
        assertFalse(draft.contains("\u001B"), draft);
    }

    @Test
    void linesAreCutAsTheEnginesReaderCutsThem() {
        List<byte[]> lines = SpecCommand.lines("a\r\nb\n\nc".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("a", "b", "", "c"), lines.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList());
        assertEquals(1, SpecCommand.lines("a\n".getBytes(StandardCharsets.UTF_8)).size());
        assertEquals(0, SpecCommand.lines(new byte[0]).size());
    }

    private static String draft(boolean all, List<byte[]> lines, List<Assessment> assessments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SpecDraft("excerpt.log", "excerpt.log", all).write(new PrintStream(out, true, StandardCharsets.UTF_8), lines, assessments);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Assessment assessment(long line, String raw, String entry, String title, Priority priority, Trap trap) {
        LogEvent event = LogEvent.builder(line, Source.SYSLOG).raw(raw).message(raw).build();
        return new Assessment(event, entry == null ? null : "ipmi", entry, title, Group.SIGNIFICANT, priority,
                "meaning", "action", Map.of(), trap, List.of());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
