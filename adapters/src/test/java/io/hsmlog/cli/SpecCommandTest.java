package io.hsmlog.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpecCommandTest {

    @Test
    void writesOneScenarioPerLineOfAnExcerptWithAll(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("customer.log");
        Files.write(log, ("2012 Feb 29 12:05:01 myLuna local5 crit NTLS [1234]: info : 0 : NTLS CRASH AND BURN and unable to dump the stack!\r\n"
                + "hello\n").getBytes(StandardCharsets.UTF_8));
        byte[] garbage = {(byte) 0xC3, '(', '\n'};
        Files.write(log, garbage, StandardOpenOption.APPEND);

        Run run = run("spec", "--all", "--name", "A customer's excerpt", log.toString());

        assertEquals(0, run.exit, run.err);
        assertTrue(run.out.contains("Feature: A customer's excerpt\n"), run.out);
        assertEquals(3, run.out.split("\n  Scenario: ", -1).length - 1, run.out);
        assertTrue(run.out.contains("Scenario: Line 1: "), run.out);
        assertTrue(run.out.contains("a trap ntlAttentionNotify is sent with assert"), run.out);
        assertTrue(run.out.contains("Given a line with the bytes \"C3 28\""), run.out);
    }

    @Test
    void anUnreadableFileIsAUsageError(@TempDir Path dir) {
        Run run = run("spec", dir.resolve("missing.log").toString());
        assertEquals(Main.EXIT_USAGE, run.exit);
        assertTrue(run.err.contains("cannot read"), run.err);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
