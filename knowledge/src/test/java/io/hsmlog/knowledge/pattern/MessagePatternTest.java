package io.hsmlog.knowledge.pattern;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagePatternTest {
    private static final String THRESHOLD = "<type> sensor <sensor> . <threshold> going <direction:word>"
            + " (Reading <reading:number> <comparison> Threshold <threshold_value:number> <unit>)";

    @Test
    void typedPlaceholders() throws PatternException {
        MessagePattern p = MessagePattern.fromNotation(
                "Accepted password for <user:word> from <client:ip> port <port:int> ssh2");
        assertEquals(Map.of("user", "admin", "client", "192.168.0.10", "port", "40847"),
                p.match("Accepted password for admin from 192.168.0.10 port 40847 ssh2"));
        assertNull(p.match("Accepted password for admin from 192.168.0.10 port 4o847 ssh2"), "int");
        assertNull(p.match("Accepted password for admin from myhost port 40847 ssh2"), "ip");
        assertNull(p.match("Accepted password for the admin from 192.168.0.10 port 40847 ssh2"), "word");

        assertEquals(Map.of("code", "0xc0000002"),
                MessagePattern.fromNotation("error : <code:hex> : Unable").match("error : 0xc0000002 : Unable"));
        assertEquals(Map.of("v", "-12.5"), MessagePattern.fromNotation("value <v:number> V").match("value -12.5 V"));
        assertEquals(Map.of("c", "192.168.0.100/40847"),
                MessagePattern.fromNotation("login : monitor : <c:client>").match("login : monitor : 192.168.0.100/40847"));
        assertEquals(Map.of("c", "Console"),
                MessagePattern.fromNotation("login : monitor : <c:client>").match("login : monitor : Console"));
        assertEquals(Map.of("p", "/usr/local/etc/smartd.conf"),
                MessagePattern.fromNotation("File <p:path> line <n:int>").match("File /usr/local/etc/smartd.conf line 1")
                        .entrySet().stream().filter(e -> e.getKey().equals("p"))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void aRunOfSpacesMatchesAnyRunOfSpacesOrTabs() throws PatternException {
        MessagePattern p = MessagePattern.fromNotation("Fan sensor Fan3B . Lower Critical going low");
        assertTrue(p.matches("Fan sensor Fan3B . Lower Critical  going low"));
        assertTrue(p.matches("Fan  sensor\tFan3B . Lower Critical going low"));
        assertFalse(p.matches("Fan sensor Fan3B . Lower Criticalgoing low"), "a space is not optional");
    }

    @Test
    void literalLessThanInAThresholdReading() throws PatternException {
        MessagePattern p = MessagePattern.fromNotation(
                "Fan sensor <sensor> . Lower Critical going low (Reading <reading:number> < Threshold <value:number> RPM)");
        assertEquals(List.of("sensor", "reading", "value"), p.fieldNames());
        assertEquals(Map.of("sensor", "Fan3B", "reading", "0", "value", "2000"),
                p.match("Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)"));
    }

    @Test
    void fieldNamesWithUnderscoresAndTheComparisonAsAField() throws PatternException {
        Map<String, String> f = MessagePattern.fromNotation(THRESHOLD).match(
                "Temperature sensor CPU . Upper Critical going high (Reading 75 > Threshold 72 Degrees C)");
        assertEquals("CPU", f.get("sensor"));
        assertEquals("Upper Critical", f.get("threshold"));
        assertEquals(">", f.get("comparison"));
        assertEquals("72", f.get("threshold_value"));
        assertEquals("Degrees C", f.get("unit"));
    }

    @Test
    void capturedFieldsAreTrimmed() throws PatternException {
        MessagePattern p = MessagePattern.fromNotation("Power Supply sensor <sensor> . - <event>");
        assertEquals(Map.of("sensor", "PSU2_Status", "event", "Failure detected Asserted"),
                p.match("Power Supply sensor  PSU2_Status  . -   Failure detected Asserted  "));
    }

    @Test
    void firstWord() throws PatternException {
        assertEquals("Reading", MessagePattern.fromNotation("Reading sensors...").firstWord());
        assertEquals("Accepted", MessagePattern.fromNotation("Accepted password for <user>").firstWord());
        assertNull(MessagePattern.fromNotation("<type> sensor <sensor>").firstWord(), "starts with a variable");
        assertNull(MessagePattern.fromNotation("Fan<n:int> failed").firstWord(), "only partly fixed");
        assertEquals("SEL", MessagePattern.fromRegex("SEL buffer overflow.*").firstWord());
        assertNull(MessagePattern.fromRegex("Fan\\d+ failed").firstWord());
        assertNull(MessagePattern.fromRegex("SEL full|SEL empty").firstWord(), "alternatives share no first word");
        assertEquals("", MessagePattern.fromRegex("abc|abd").literalPrefix());
    }

    @Test
    void regexFieldsMayBeNamedAsTheNotationNamesThem() throws PatternException {
        MessagePattern p = MessagePattern.fromRegex("Threshold (?<threshold_value>\\d+) (?<unit>\\w+)");
        assertEquals(List.of("threshold_value", "unit"), p.fieldNames());
        assertEquals(Map.of("threshold_value", "2000", "unit", "RPM"), p.match("Threshold 2000 RPM"));
        assertTrue(MessagePattern.fromRegex("a\\(?<b>c|[(?<x>]").matches("a(<b>c"), "escapes and classes are not groups");
    }

    @Test
    void aRegexMatchesTheWholeMessage() throws PatternException {
        MessagePattern p = MessagePattern.fromRegex("SEL buffer overflow");
        assertTrue(p.matches("SEL buffer overflow"));
        assertFalse(p.matches("SEL buffer overflow, no SEL message can be logged"));
    }

    @Test
    void refusedPatterns() {
        assertThrows(PatternException.class, () -> MessagePattern.fromRegex("(abc"));
        assertThrows(PatternException.class, () -> MessagePattern.fromRegex("a)(b"));
        assertThrows(PatternException.class, () -> MessagePattern.fromRegex("(a+)+b"));
        assertThrows(PatternException.class, () -> MessagePattern.fromRegex("(\\s*x?)*y"));
        assertThrows(PatternException.class, () -> MessagePattern.fromRegex("(a)\\1"));
        assertThrows(PatternException.class, () -> MessagePattern.fromNotation("Fan <name><state> end"));
        assertThrows(PatternException.class, () -> MessagePattern.fromNotation("value <v:float>"));
        assertThrows(PatternException.class, () -> MessagePattern.fromNotation("<a> and <a>"));
        assertThrows(PatternException.class, () -> MessagePattern.fromNotation(" "));
    }

    @Test
    void aNearMissPathDoesNotBacktrackForLong() throws PatternException {
        MessagePattern p = MessagePattern.fromNotation("open <p:path> failed");
        String nearMiss = "open " + "/a".repeat(5_000) + " failedX";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertFalse(p.matches(nearMiss)));
    }
}
