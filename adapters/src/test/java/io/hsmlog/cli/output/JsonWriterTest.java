package io.hsmlog.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.hsmlog.HsmLog;
import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Engine;
import io.hsmlog.knowledge.Entry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each assessment is one JSON object with the contract's keys in order and the assessment's values, whether its
 * fields from component to action were encoded for it or taken from those encoded once for its entry and verdict.
 */
class JsonWriterTest {
    private static final List<String> KEYS = List.of("kind", "line", "source", "timestamp", "host", "facility",
            "severity", "process", "pid", "component", "entry", "group", "priority", "meaning", "action", "fields",
            "trap", "test");
    private static Engine engine;

    @BeforeAll
    static void engine() throws Exception {
        engine = HsmLog.engine();
    }

    @Test
    void everyEntrysFirstExampleParsesBackToItsAssessmentTwice() throws IOException {
        JsonWriter writer = new JsonWriter(OutputStream.nullOutputStream());
        int quoted = 0;
        for (Entry e : engine.knowledge().entries()) {
            if (e.examples().isEmpty()) continue;
            Assessment a = engine.assess(e.examples().get(0).text());
            if (a.meaning() != null && a.meaning().indexOf('"') >= 0) quoted++;
            Map<String, String> first = parse(writer.encode(a));
            assertEquals(KEYS, List.copyOf(first.keySet()), e.id());
            assertEquals(a.component(), first.get("component"), e.id());
            assertEquals(a.entry(), first.get("entry"), e.id());
            assertEquals(a.group().key(), first.get("group"), e.id());
            assertEquals(a.priority().key(), first.get("priority"), e.id());
            assertEquals(a.meaning(), first.get("meaning"), e.id());
            assertEquals(a.action(), first.get("action"), e.id());
            assertEquals(a.event().pid(), first.get("pid"), e.id());
            assertEquals(first, parse(writer.encode(a)), e.id() + ", encoded again");
        }
        assertTrue(quoted > 0, "some meaning has quotes to escape");
    }

    @Test
    void linesThatAreNotLogLinesCarryTheirOwnReason() throws IOException {
        JsonWriter writer = new JsonWriter(OutputStream.nullOutputStream());
        for (String line : List.of("not a syslog line \"quoted\" \\ back", "tab\there", "caf\u00e9 \u2028 end")) {
            Assessment a = engine.assess(line);
            Map<String, String> json = parse(writer.encode(a));
            assertEquals(KEYS, List.copyOf(json.keySet()), line);
            assertEquals(a.meaning(), json.get("meaning"), line);
            assertEquals(a.action(), json.get("action"), line);
        }
    }

    /** The object's top-level keys in order, each with its value as text (objects as their raw JSON). */
    private static Map<String, String> parse(byte[] line) throws IOException {
        assertNotNull(line);
        assertEquals('\n', line[line.length - 1], "one line");
        String text = new String(line, StandardCharsets.UTF_8);
        assertFalse(text.substring(0, text.length() - 1).contains("\n"), "one line: " + text);
        Map<String, String> out = new LinkedHashMap<>();
        try (JsonParser p = new JsonFactory().createParser(line)) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            List<String> order = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                order.add(key);
                JsonToken v = p.nextToken();
                if (v == JsonToken.START_OBJECT) {
                    StringBuilder sb = new StringBuilder();
                    int depth = 1;
                    while (depth > 0) {
                        JsonToken t = p.nextToken();
                        if (t == JsonToken.START_OBJECT) depth++;
                        if (t == JsonToken.END_OBJECT) depth--;
                        sb.append(p.getText());
                    }
                    out.put(key, sb.toString());
                } else {
                    out.put(key, v == JsonToken.VALUE_NULL ? null : p.getText());
                }
            }
            assertEquals(JsonToken.END_OBJECT, p.currentToken());
            assertEquals(null, p.nextToken(), "nothing after the object");
            assertEquals(order, List.copyOf(out.keySet()), "no key twice");
        }
        return out;
    }
}
