package io.hsmlog.engine.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static io.hsmlog.engine.parse.ParseAssertions.PARSER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineReaderTest {

    private static final String GOOD = "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Reading sensors...";

    private static List<RawLine> read(byte[] input) throws IOException {
        List<RawLine> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new ByteArrayInputStream(input))) {
            for (RawLine line = reader.next(); line != null; line = reader.next()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void numbersLinesFromOneAndDropsCarriageReturns() throws IOException {
        List<RawLine> lines = read(bytes("first\r\nsecond\n\nlast without newline"));

        assertEquals(4, lines.size());
        assertEquals(RawLine.text(1, "first"), lines.get(0));
        assertEquals(RawLine.text(2, "second"), lines.get(1));
        assertEquals(RawLine.text(3, ""), lines.get(2));
        assertEquals(RawLine.text(4, "last without newline"), lines.get(3));
    }

    @Test
    void emptyInputHasNoLinesAndATrailingNewlineAddsNone() throws IOException {
        assertTrue(read(new byte[0]).isEmpty());
        assertEquals(1, read(bytes("one\n")).size());
        assertEquals(2, read(bytes("\n\n")).size());
    }

    @Test
    void decodesUtf8() throws IOException {
        assertEquals("température 45 °C — ok ✓ 𝄞", read(bytes("température 45 °C — ok ✓ 𝄞\n")).get(0).text());
    }

    @Test
    void invalidUtf8IsGarbageWithItsPosition() throws IOException {
        byte[] latin1 = "Device: /dev/sda caf\u00e9 down".getBytes(StandardCharsets.ISO_8859_1);
        RawLine line = read(concat(latin1, bytes("\n" + GOOD))).get(0);

        assertEquals("invalid UTF-8 at byte 21", line.garbage());
        assertEquals("Device: /dev/sda caf\\xE9 down", line.excerpt());
    }

    @Test
    void rejectsOverlongSurrogateAndOutOfRangeSequences() throws IOException {
        byte[][] malformed = {
            {'a', (byte) 0xC0, (byte) 0xAF},                          // overlong '/'
            {'a', (byte) 0xE0, (byte) 0x80, (byte) 0xAF},             // overlong '/'
            {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80},             // surrogate D800
            {'a', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
            {'a', (byte) 0xE2, (byte) 0x82},                          // truncated
            {'a', (byte) 0x80}};                                      // stray continuation
        for (byte[] bytes : malformed) {
            assertEquals("invalid UTF-8 at byte 2", read(bytes).get(0).garbage(), Arrays.toString(bytes));
        }
    }

    @Test
    void nulBytesAreGarbage() throws IOException {
        RawLine line = read(bytes("myLuna ipmievd: x\u0000y\n")).get(0);
        assertEquals("contains NUL bytes", line.garbage());
        assertEquals("myLuna ipmievd: x\\x00y", line.excerpt());
    }

    @Test
    void binaryJunkIsGarbage() throws IOException {
        byte[] junk = {0x01, 0x02, 'E', 'L', 'F', 0x03, 0x04, 0x05, 0x7F, 0x10, 0x11};
        assertEquals("binary data", read(junk).get(0).garbage());
    }

    @Test
    void aStrayControlCharacterIsTolerated() throws IOException {
        RawLine line = read(bytes("myLuna ipmievd: \u001b[1mbold\u001b[0m and a bell \u0007 in a long line\n")).get(0);
        assertFalse(line.isGarbage());
    }

    @Test
    void megabyteLineIsOneGarbageLineAndReadingGoesOn() throws IOException {
        byte[] huge = new byte[1 << 20];
        Arrays.fill(huge, (byte) 'x');
        List<RawLine> lines = read(concat(huge, bytes("\r\n" + GOOD + "\n")));

        assertEquals(2, lines.size());
        assertEquals("line of 1048576 bytes exceeds the 65536-byte limit", lines.get(0).garbage());
        assertTrue(lines.get(0).excerpt().startsWith("xxxx") && lines.get(0).excerpt().endsWith("..."));
        assertEquals(RawLine.text(2, GOOD), lines.get(1));
    }

    @Test
    void lineOfExactlyTheLimitIsKept() throws IOException {
        byte[] limit = new byte[LineReader.MAX_LINE_BYTES];
        Arrays.fill(limit, (byte) 'y');
        List<RawLine> lines = read(concat(limit, bytes("\r\n"), limit, bytes("y\n")));

        assertNull(lines.get(0).garbage());
        assertEquals(LineReader.MAX_LINE_BYTES, lines.get(0).text().length());
        assertEquals("line of 65537 bytes exceeds the 65536-byte limit", lines.get(1).garbage());
    }

    @Test
    void readsAStreamThatDeliversOneByteAtATime() throws IOException {
        byte[] input = bytes("a\r\nb\n" + GOOD);
        InputStream trickle = new InputStream() {
            private int next;

            @Override
            public int read() {
                return next < input.length ? input[next++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (next >= input.length) {
                    return -1;
                }
                b[off] = input[next++];
                return 1;
            }
        };
        try (LineReader reader = new LineReader(trickle)) {
            assertEquals(List.of("a", "b", GOOD), reader.lines().map(RawLine::text).toList());
        }
    }

    @Test
    void everyLineBecomesOneFact() {
        byte[] input = concat(bytes(GOOD + "\n"), new byte[] {(byte) 0xFF, '\n'}, bytes("\n"),
                bytes("- > CHRYSALIS-UTSP-MIB::ntIsLinks.0 = Gauge32: 0\n"), bytes("random words here"));
        try (Stream<LogEvent> events = new LineReader(new ByteArrayInputStream(input)).lines().map(PARSER::parse)) {
            List<LogEvent> facts = events.toList();

            assertEquals(List.of(Source.SYSLOG, Source.UNKNOWN, Source.UNKNOWN, Source.SNMP_WALK, Source.UNKNOWN),
                    facts.stream().map(LogEvent::source).toList());
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), facts.stream().map(LogEvent::line).toList());
            assertEquals("invalid UTF-8 at byte 1", facts.get(1).garbage());
            assertEquals("\\xFF", facts.get(1).raw());
            assertEquals("", facts.get(1).message());
            assertNull(facts.get(2).garbage());
            assertEquals("", facts.get(2).message());
            assertEquals("random words here", facts.get(4).message());
            assertNull(facts.get(4).host());
            assertNull(facts.get(4).process());
        }
    }
}
