package io.hsmlog.knowledge.yaml;

import io.hsmlog.knowledge.validate.Problem;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Knowledge files are untrusted input: what a hostile or broken file gets. */
class SafeYamlTest {
    private final List<Problem> problems = new ArrayList<>();

    private Node parse(String yaml) {
        return SafeYaml.parse("f.yaml", yaml.getBytes(StandardCharsets.UTF_8), problems);
    }

    private void assertOneProblem(String expected) {
        assertEquals(1, problems.size(), problems::toString);
        String actual = problems.get(0).toString();
        assertTrue(actual.startsWith(expected), () -> "expected " + expected + "\n     got " + actual);
    }

    @Test
    void plainDataKeepsItsLines() {
        Node root = parse("a: 1\nb:\n  - x\n  - y\n");
        assertInstanceOf(MappingNode.class, root);
        assertTrue(problems.isEmpty());
        Node b = ((MappingNode) root).getValue().get(1).getValueNode();
        assertEquals(3, SafeYaml.line(b));
    }

    @Test
    void billionLaughsIsRefusedAtTheAliasThatExceedsTheLimit() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) yaml.append(i == 0 ? "" : ",").append('*').append(prev);
            yaml.append("]\n");
        }
        assertNull(parse(yaml.toString()));
        // 9 aliases a line: the 51st is on line 7 (b..f hold 45, g the next 9).
        assertOneProblem("f.yaml:7: more than 50 aliases to lists or mappings");
    }

    @Test
    void aFewAliasesForSharedTextAreFine() {
        assertTrue(parse("fans: &fans [Fan1A, Fan1B]\nr1: *fans\nr2: *fans\nt: &t some text\nu: *t\n") != null);
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void globalTagIsRefused() {
        assertNull(parse("ok: 1\nx: !!java.lang.ProcessBuilder [\"calc\"]\n"));
        assertOneProblem("f.yaml:2: tag '!!java.lang.ProcessBuilder' is not allowed");
    }

    @Test
    void localAndNonPlainStandardTagsAreRefused() {
        assertNull(parse("x: !custom thing\n"));
        assertOneProblem("f.yaml:1: tag '!custom' is not allowed");
        problems.clear();
        assertNull(parse("x: !!binary aGVsbG8=\n"));
        assertOneProblem("f.yaml:1: tag '!!binary' is not allowed");
    }

    @Test
    void explicitStrTagIsPlainText() {
        assertTrue(parse("x: !!str 123\n") != null, problems::toString);
    }

    @Test
    void invalidUtf8IsReportedAtItsLine() {
        byte[] bytes = "a: ok\nb: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertNull(SafeYaml.parse("f.yaml", bytes, problems));
        assertOneProblem("f.yaml:2: not valid UTF-8: byte 0xE9 at offset 12");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() {
        byte[] bytes = new byte[SafeYaml.MAX_BYTES + 1];
        Arrays.fill(bytes, (byte) ' ');
        assertNull(SafeYaml.parse("f.yaml", bytes, problems));
        assertOneProblem("f.yaml: the file is larger than the 4 MB limit");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertNull(parse("a: 1\nb: 2\na: 3\n"));
        assertOneProblem("f.yaml:3: duplicate key 'a' (first at line 1)");
    }

    @Test
    void mergeKeysAreRefused() {
        assertNull(parse("base: &b {x: 1}\nother:\n  <<: *b\n"));
        assertOneProblem("f.yaml:3: merge keys (<<) are not supported");
    }

    @Test
    void syntaxErrorsHaveTheirLine() {
        assertNull(parse("a: 1\nb: [unclosed\nc: 2\n"));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).toString().matches("f\\.yaml:\\d+: not valid YAML: .*"), problems::toString);
    }

    @Test
    void anEmptyFileIsReported() {
        assertNull(parse("# nothing\n"));
        assertOneProblem("f.yaml: the file is empty");
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        byte[] body = "a: 1\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertTrue(SafeYaml.parse("f.yaml", bytes, problems) != null, problems::toString);
    }

    @Test
    void moreThanOneDocumentIsRefused() {
        assertNull(parse("a: 1\n---\nb: 2\n"));
        assertEquals(1, problems.size(), problems::toString);
    }
}
