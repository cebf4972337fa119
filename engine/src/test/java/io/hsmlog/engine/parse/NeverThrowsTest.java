package io.hsmlog.engine.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Whatever arrives, each line yields exactly one fact and nothing throws. */
class NeverThrowsTest {

    private static final LineParser PARSER = new LineParser(2026);

    /** Pieces of every framing, so random lines get deep into the parsers rather than failing at the first byte. */
    private static final String[] PIECES = {
        "<", ">", "<165>", "<999>", "1 ", "2012", " Feb", " 29", " 12:05:01", "2012-02-29T12:05:01.003Z",
        "2026-11-25 16:00:00", " myLuna", " local4", " notice", " authpriv", " info", " ipmievd", ":", "[", "]",
        "[1234]", " [", "1234", "]:", " ", "  ", "\t", "***TEST", " : ", "SEQNO_", "10000", "info", "error",
        "0xc0000002", "0x", " .lt ", " .gt ", "=", " = ", "::", "CHRYSALIS-UTSP-MIB::", "ntIsOperStatus", ".0",
        "INTEGER:", " up(1)", "No Such Object", "STRING:", "\"", "ssLogReference", "fanAttentionNotify", "Notify",
        "snmpTrapOID", "a Fan trap from host=", "<UNKNOWN>", " / ", "messages", "/", "-", "- > ", "\uFEFF", "é",
        "[UDP: ", "#012", "#011", "iso.3.6.1.6.3.1.1.4.1.0"};

    @Test
    void randomBytesGiveOneFactPerLine() throws IOException {
        Random random = new Random(20120229L);
        for (int round = 0; round < 200; round++) {
            byte[] input = new byte[random.nextInt(4096)];
            random.nextBytes(input);
            for (int i = 0; i < input.length; i++) {
                if (random.nextInt(40) == 0) {
                    input[i] = '\n';
                }
            }
            int expectedLines = countLines(input);
            List<LogEvent> facts = new ArrayList<>();
            try (LineReader reader = new LineReader(new ByteArrayInputStream(input))) {
                for (RawLine line = reader.next(); line != null; line = reader.next()) {
                    facts.add(PARSER.parse(line));
                }
            }
            assertEquals(expectedLines, facts.size(), "round " + round);
            for (int i = 0; i < facts.size(); i++) {
                assertEquals(i + 1, facts.get(i).line());
                assertNotNull(facts.get(i).message());
            }
        }
    }

    @Test
    void randomAssembliesOfFramingPiecesParse() {
        Random random = new Random(4_733L);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder line = new StringBuilder();
            int pieces = random.nextInt(16);
            for (int p = 0; p < pieces; p++) {
                line.append(PIECES[random.nextInt(PIECES.length)]);
            }
            LogEvent event = PARSER.classify(i + 1, line.toString());
            assertNotNull(event.source(), line::toString);
            assertNotNull(event.message(), line::toString);
            assertNotNull(event.body(), line::toString);
        }
    }

    @Test
    void nullAndBlankLines() {
        assertEquals(Source.UNKNOWN, PARSER.parse(1, null).source());
        assertEquals("", PARSER.parse(2, " \t ").message());
        assertEquals("", PARSER.parse(3, "\uFEFF").message());
    }

    private static int countLines(byte[] input) {
        int lines = 0;
        for (byte b : input) {
            if (b == '\n') {
                lines++;
            }
        }
        return input.length > 0 && input[input.length - 1] != '\n' ? lines + 1 : lines;
    }
}
