package io.hsmlog.knowledge.yaml;

import io.hsmlog.knowledge.validate.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlMapTest {
    private final List<Problem> problems = new ArrayList<>();

    private YamlMap read(String yaml) {
        return YamlMap.of("f.yaml", SafeYaml.parse("f.yaml", yaml.getBytes(StandardCharsets.UTF_8), problems),
                "the file", "sensor 'X'", problems);
    }

    private List<String> reported() {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void typedValues() {
        YamlMap m = read("one: a\nmany: [a, b]\nflag: yes\nvalue: 12.740\nnothing:\n");
        assertEquals(List.of("a"), m.texts("one"), "a single text is a list of one");
        assertEquals(List.of("a", "b"), m.texts("many"));
        assertEquals(Boolean.TRUE, m.bool("flag"));
        assertEquals(new BigDecimal("12.740"), m.decimal("value"));
        assertEquals("", m.text("nothing"));
        assertTrue(m.isEmpty("nothing"));
        assertNull(m.text("absent"));
        assertEquals(5, m.origin("nothing").line());
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void wrongTypesAreReportedAtTheirLine() {
        YamlMap m = read("title: [a]\nflag: maybe\nvalue: 1e5\nlist: text\n");
        assertNull(m.text("title"));
        assertNull(m.bool("flag"));
        assertNull(m.decimal("value"));
        assertEquals(List.of(), m.textList("list"));
        assertEquals(List.of(
                "f.yaml:1: sensor 'X': 'title' must be text, not a list",
                "f.yaml:2: sensor 'X': 'flag' must be true or false",
                "f.yaml:3: sensor 'X': 'value' must be a decimal number such as 12.740, not '1e5'",
                "f.yaml:4: sensor 'X': 'list' must be a list, not the text 'text'"), reported());
    }

    @Test
    void aFileThatIsNotAMapping() {
        assertNull(read("- a\n- b\n"));
        assertEquals(List.of("f.yaml:1: sensor 'X': the file must be a mapping of keys to values, not a list"), reported());
    }
}
