package io.hsmlog.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessCommandTest {
    private static final String SEL = "2012 Feb 29 12:05:01 myLuna local4 alert ipmiev: SEL buffer overflow, "
            + "no SEL message can be logged until the SEL buffer is cleared";
    private static final String CRASH = "2012 Feb 29 12:05:01 myLuna local5 crit NTLS [1234]: info : 0 : "
            + "NTLS CRASH AND BURN and unable to dump the stack!";

    @TempDir
    Path dir;

    @Test
    void jsonIsOneObjectPerLineWithTheContractsKeysInOrder() throws IOException {
        Path log = write("a.log", SEL + "\nnot a syslog line\n");
        CommandLineRun run = CommandLineRun.of("assess", "--format", "json", "--year", "2012", log.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        for (String line : lines) assertTrue(line.startsWith("{\"kind\":"), "each line is one object: " + line);
        String keys = "\"kind\":\"assessment\",\"line\":1,\"source\":\"syslog\",\"timestamp\":\"2012-02-29T12:05:01\","
                + "\"host\":\"myLuna\",\"facility\":\"local4\",\"severity\":\"alert\",\"process\":\"ipmiev\",\"pid\":null,";
        assertTrue(lines.get(0).startsWith("{" + keys), lines.get(0));
        for (String k : List.of("component", "entry", "group", "priority", "meaning", "action", "fields", "trap", "test")) {
            assertTrue(lines.get(0).contains("\"" + k + "\":"), k + " missing in " + lines.get(0));
        }
        assertTrue(lines.get(1).contains("\"line\":2,\"source\":\"unknown\""), lines.get(1));
        assertTrue(lines.get(1).contains("\"entry\":null"), lines.get(1));
        assertTrue(lines.get(1).endsWith("\"trap\":null,\"test\":false}"), lines.get(1));
    }

    @Test
    void theTextSummaryCountsLinesByPriority() throws IOException {
        Path log = Files.writeString(dir.resolve("two.log"), SEL + "\n" + CRASH + "\n");
        List<String> out = CommandLineRun.of("assess", "--year", "2012", log.toString()).out().lines().toList();
        assertEquals("2 lines: 1 critical, 1 high; 1 trap; 0 incidents", out.get(out.size() - 1), String.join("\n", out));

        Path empty = Files.writeString(dir.resolve("empty.log"), "");
        List<String> none = CommandLineRun.of("assess", empty.toString()).out().lines().toList();
        assertEquals("0 lines; 0 traps; 0 incidents", none.get(none.size() - 1));
    }

    @Test
    void failOnSetsTheExitCodeWhenSomethingAtOrAboveItIsFound() throws IOException {
        Path quiet = write("quiet.log", "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Waiting for events...\n");
        Path loud = write("loud.log", CRASH + "\n");
        assertEquals(0, CommandLineRun.of("assess", "--fail-on", "high", quiet.toString()).exit());
        assertEquals(1, CommandLineRun.of("assess", "--fail-on", "high", loud.toString()).exit());
        assertEquals(1, CommandLineRun.of("assess", "--fail-on", "critical", loud.toString()).exit());
    }

    @Test
    void unreadableInputAndBadOptionsExitTwoAfterReadingTheRest() throws IOException {
        Path log = write("a.log", SEL + "\n");
        CommandLineRun run = CommandLineRun.of("assess", "--format", "json", dir.resolve("missing.log").toString(), log.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("missing.log") && run.err().contains("no such file"), run.err());
        assertEquals(1, run.out().lines().count(), "the readable file is still assessed");

        assertEquals(2, CommandLineRun.of("assess", "--fail-on", "urgent", log.toString()).exit());
        assertEquals(2, CommandLineRun.of("assess", "--format", "xml", log.toString()).exit());
    }

    @Test
    void gzipInputIsReadByItsContent() throws IOException {
        Path gz = dir.resolve("messages.1");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write((SEL + "\n" + CRASH + "\n").getBytes(StandardCharsets.UTF_8));
        }
        CommandLineRun run = CommandLineRun.of("assess", "--format", "json", gz.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(2, run.out().lines().count(), run.out());
    }

    @Test
    void textShowsMeaningAndActionForSignificantMessagesAndASummary() throws IOException {
        Path log = write("a.log", CRASH + "\n");
        CommandLineRun run = CommandLineRun.of("assess", log.toString());
        assertTrue(run.out().contains("CRITICAL"), run.out());
        assertTrue(run.out().contains("Action: "), run.out());
        assertTrue(run.out().contains("1 line: 1 critical"), run.out());
        assertTrue(!run.out().contains("\u001b["), "no colour when not writing to a terminal");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
