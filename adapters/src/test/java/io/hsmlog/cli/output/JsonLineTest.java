package io.hsmlog.cli.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Values are written byte for byte as Jackson's generator writes them, escapes and all. */
class JsonLineTest {
    private static final JsonFactory JACKSON = JsonFactory.builder().build();

    @Test
    void everyAsciiCharacterAloneAndInLongText() throws IOException {
        for (char c = 0; c < 0x80; c++) {
            sameAsJackson(String.valueOf(c));
            sameAsJackson("a long enough text to be copied as bytes " + c + " before and after " + c);
        }
    }

    @Test
    void textBeyondAsciiSurrogatePairsAndLoneSurrogates() throws IOException {
        for (String s : List.of("", "café", "caf\u00e9 and a long tail after it, long enough", "€", "\u2028",
                "\uD83D\uDE00", "a\uD83Db", "x\uDE00", "\u00ff\u0100", "Ģ is not a quote", "?", "what? no.",
                "long text with a question mark? and more after it", "ÿ at the end of a long enough text ÿ",
                "\uFEFFbom", "long text with a lone surrogate \uD800 in the middle of it")) {
            sameAsJackson(s);
        }
    }

    @Test
    void randomTextOverEveryKindOfCharacter() throws IOException {
        Random random = new Random(3);
        char[] kinds = {'a', ' ', '"', '\\', '\n', '\u0001', '\u007f', 'é', '\u2028', '\uD83D', '\uDE00', '?', '~'};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(round % 2 == 0 ? 20 : 80);
            for (int i = 0; i < n; i++) b.append(kinds[random.nextInt(kinds.length)]);
            sameAsJackson(b.toString());
        }
    }

    @Test
    void numbers() throws IOException {
        List<Long> values = new ArrayList<>(List.of(0L, 1L, 9L, 10L, 99L, 100L, 101L, 999L, 1000L, 65_535L,
                1_000_000L, 2_147_483_647L, 2_147_483_648L, Long.MAX_VALUE, -1L, Long.MIN_VALUE));
        Random random = new Random(9);
        for (int i = 0; i < 1_000; i++) values.add((long) random.nextInt(Integer.MAX_VALUE));
        for (long n : values) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            try (JsonGenerator g = JACKSON.createGenerator(expected, JsonEncoding.UTF8)) {
                g.writeNumber(n);
            }
            assertArrayEquals(expected.toByteArray(), new JsonLine().number(n).take(), Long.toString(n));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2012-02-29T12:05:01", "2026-01-01T00:00:00", "1999-12-31T23:59:59", "1000-01-01T00:00:00",
            "9999-12-31T23:59:59", "2026-03-02T12:05:01.5", "2026-03-02T12:05:01.000000123", "0999-01-01T00:00:00",
            "+10000-01-01T00:00:00"})
    void timestampsAsTheIsoFormatterWritesThem(String text) {
        LocalDateTime t = LocalDateTime.parse(text);
        assertEquals("\"" + text + "\"", text(new JsonLine().timestamp(t).take()));
    }

    @Test
    void randomTimestampsAsTheIsoFormatterWritesThem() {
        Random random = new Random(7);
        JsonLine line = new JsonLine();
        for (int i = 0; i < 100_000; i++) {
            LocalDateTime t = LocalDateTime.of(1000 + random.nextInt(9000), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60));
            assertEquals("\"" + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t) + "\"", text(line.timestamp(t).take()));
        }
    }

    @Test
    void absentValuesAreNull() {
        assertEquals("null", text(new JsonLine().timestamp(null).take()));
        assertEquals("null", text(new JsonLine().string(null).take()));
    }

    @Test
    void mapsAsObjectsInTheirOrder() {
        assertEquals("{}", text(new JsonLine().object(Map.of()).take()));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("client", "10.1.0.12/40847");
        fields.put("quote\"", null);
        fields.put("{", "}");
        assertEquals("{\"client\":\"10.1.0.12/40847\",\"quote\\\"\":null,\"{\":\"}\"}",
                text(new JsonLine().object(Collections.unmodifiableMap(fields)).take()));
    }

    @Test
    void aLineEndsWithANewlineAndTheBufferStartsOver() {
        JsonLine line = new JsonLine();
        String big = "x".repeat(10_000);
        assertEquals("{\"a\":\"" + big + "\",\"b\":true}\n", text(line.raw('{').string("a").raw(':').string(big)
                .raw(',').string("b").raw(':').bool(true).raw('}').takeLine()));
        assertEquals("false\n", text(line.bool(false).takeLine()));
    }

    private static void sameAsJackson(String s) throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (JsonGenerator g = JACKSON.createGenerator(expected, JsonEncoding.UTF8)) {
            g.writeString(s);
        }
        assertArrayEquals(expected.toByteArray(), new JsonLine().string(s).take(), () -> escapedForMessage(s));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String escapedForMessage(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        return b.toString();
    }
}
