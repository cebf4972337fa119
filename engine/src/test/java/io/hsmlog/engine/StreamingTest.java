package io.hsmlog.engine;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stream gives one assessment per line, in input order, whatever the lines contain. */
class StreamingTest {
    private static final String GOOD = "2012 Feb 29 12:05:01 myLuna local4 alert ipmiev: SEL buffer overflow, "
            + "no SEL message can be logged until the SEL buffer is cleared";

    @Test
    void garbageNeverStopsARun() throws IOException {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes((GOOD + "\n").getBytes(StandardCharsets.UTF_8));
        in.writeBytes(new byte[]{'b', 'a', 'd', ' ', (byte) 0xC3, 0x28, '\n'});         // invalid UTF-8
        in.writeBytes(new byte[]{'n', 'u', 'l', 0, 'x', '\n'});                           // NUL byte
        in.writeBytes("A".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII));          // a 1 MB line
        in.writeBytes("\n".getBytes(StandardCharsets.US_ASCII));
        in.writeBytes("\n".getBytes(StandardCharsets.US_ASCII));                          // an empty line
        in.writeBytes((GOOD + "\n").getBytes(StandardCharsets.UTF_8));

        List<Assessment> out = assess(in.toByteArray());

        assertEquals(6, out.size());
        for (int i = 0; i < out.size(); i++) assertEquals(i + 1, out.get(i).line());
        assertNull(out.get(0).event().garbage());
        assertTrue(out.get(1).event().garbage().contains("UTF-8"), out.get(1).event().garbage());
        assertTrue(out.get(2).event().garbage().contains("NUL"), out.get(2).event().garbage());
        assertTrue(out.get(3).event().garbage().contains("1048576"), out.get(3).event().garbage());
        assertEquals("unknown", out.get(3).group().key());
        assertTrue(out.get(3).meaning().startsWith("Not a log line"));
        assertEquals("unknown", out.get(4).source());
        assertEquals(out.get(0).entry(), out.get(5).entry());
        assertNotNull(out.get(5).entry());
    }

    @Test
    void parallelStreamingKeepsInputOrderAndAgreesWithOneThread() throws IOException {
        StringBuilder sb = new StringBuilder();
        int n = 3 * Streamer.BATCH + 17; // several batches and a partial one
        for (int i = 0; i < n; i++) {
            sb.append(i % 5 == 0 ? GOOD : "2012 Feb 29 12:05:01 myLuna local5 info NTLS [1234]: info : 0 : Incoming connection request... : 192.168.0."
                    + (i % 250) + "/" + (40000 + i)).append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        List<Assessment> parallel = assess(bytes);
        List<String> lines = sb.toString().lines().toList();
        List<Assessment> sequential = SharedEngine.get().assess(lines);
        assertEquals(n, parallel.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i + 1, parallel.get(i).line());
            assertEquals(sequential.get(i).entry(), parallel.get(i).entry());
            assertEquals(sequential.get(i).fields(), parallel.get(i).fields());
        }
    }

    @Test
    void aFailingInputEndsTheRunWithItsErrorAfterTheLinesReadBeforeIt() {
        InputStream failing = FailingInput.after((GOOD + "\n").repeat(5000));
        List<Assessment> out = new ArrayList<>();
        IOException e = assertThrows(IOException.class, () -> SharedEngine.get().assess(failing, out::add));
        assertEquals(FailingInput.ERROR, e.getMessage());
        assertEquals(5000, out.size(), "every line read before the error was handed on");
        for (int i = 0; i < out.size(); i++) assertEquals(i + 1, out.get(i).line());
    }

    private static List<Assessment> assess(byte[] input) throws IOException {
        List<Assessment> out = new ArrayList<>();
        SharedEngine.get().assess(new ByteArrayInputStream(input), out::add);
        return out;
    }
}
