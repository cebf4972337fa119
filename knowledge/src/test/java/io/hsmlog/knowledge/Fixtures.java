package io.hsmlog.knowledge;

import io.hsmlog.knowledge.load.KnowledgeException;
import io.hsmlog.knowledge.load.KnowledgeLoader;
import io.hsmlog.knowledge.validate.Problem;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test fixtures under src/test/resources/fixtures, and assertions on the problems a load reports. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The fixture directory {@code fixtures/<name>}. */
    public static Path dir(String name) {
        URL url = Fixtures.class.getClassLoader().getResource("fixtures/" + name);
        if (url == null) throw new IllegalArgumentException("no fixture " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the fixture directory alone (no built-in knowledge) and returns the problems it must report. */
    public static List<String> problems(String name) {
        KnowledgeException e = assertThrows(KnowledgeException.class,
                () -> KnowledgeLoader.load(false, List.of(dir(name)), List.of()));
        return e.problems().stream().map(Problem::toString).toList();
    }

    /**
     * Asserts that a problem names the file {@code expected} starts with and then reads as it does, e.g.
     * "ipmi.yaml:11: entry 'ipmi.x': unknown key 'priorty'".
     */
    public static void assertReported(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(File.separator + expected)),
                () -> "expected a problem like\n  " + expected + "\nbut got\n  " + String.join("\n  ", problems));
    }
}
