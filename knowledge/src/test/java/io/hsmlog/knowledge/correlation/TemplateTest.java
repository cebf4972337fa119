package io.hsmlog.knowledge.correlation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TemplateTest {
    private static final Map<String, String> VALUES = Map.of("sensor", "Fan1A", "stopped.time", "12:05:01",
            "host", "hsm-01", "odd", "$1 \\ {x}");

    private static String fill(String text) {
        return new Template(text).fill(VALUES::get);
    }

    @Test
    void fillsEachPlaceholderInPlace() {
        assertEquals("Fan Fan1A on hsm-01 stopped at 12:05:01.", fill("Fan {sensor} on {host} stopped at {stopped.time}."));
    }

    @Test
    void fillsPlaceholdersAtTheEdgesAndSideBySide() {
        assertEquals("Fan1Ahsm-01", fill("{sensor}{host}"));
        assertEquals("no placeholders", fill("no placeholders"));
        assertEquals("", fill(""));
    }

    @Test
    void bracesThatOpenNoPlaceholderAreLiteral() {
        assertEquals("{ sensor } {Sensor} {} {1a} Fan1A", fill("{ sensor } {Sensor} {} {1a} {sensor}"));
    }

    @Test
    void valuesAreInsertedAsTheyAre() {
        assertEquals("value: $1 \\ {x}", fill("value: {odd}"));
    }

    @Test
    void listsPlaceholdersInOrderOfAppearance() {
        assertEquals(List.of("host", "stopped.time", "host"), new Template("{host} {stopped.time} {host} {Nope}").placeholders());
    }

    @Test
    void templatesWithTheSameTextAreEqual() {
        assertEquals(new Template("a {host}"), new Template("a {host}"));
        assertEquals(new Template("a {host}").hashCode(), new Template("a {host}").hashCode());
    }
}
