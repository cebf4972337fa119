package io.hsmlog.knowledge.load;

import io.hsmlog.knowledge.validate.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in entries files are found by listing their directory, wherever the classes come from. */
class BuiltInFilesTest {
    @Test
    void listsEntriesInsideAJar(@TempDir Path tmp) throws IOException {
        Path jar = tmp.resolve("knowledge.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, BuiltInFiles.ROOT + "sensors.yaml");
            put(out, BuiltInFiles.ROOT + "entries/ntls.yaml");
            put(out, BuiltInFiles.ROOT + "entries/ipmi.yaml");
            put(out, BuiltInFiles.ROOT + "entries/README.txt");
        }
        List<Problem> problems = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
            assertEquals(List.of("ipmi.yaml", "ntls.yaml"), BuiltInFiles.listEntries(loader, problems));
        }
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void listsEntriesInAClassDirectoryAndNoneIsNoError(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve(BuiltInFiles.ROOT);
        Files.createDirectories(root);
        Files.writeString(root.resolve("sensors.yaml"), "sensors: []\n");
        List<Problem> problems = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{tmp.toUri().toURL()}, null)) {
            assertEquals(List.of(), BuiltInFiles.listEntries(loader, problems));
            Files.createDirectories(root.resolve("entries"));
            Files.writeString(root.resolve("entries/smart.yaml"), "");
            assertEquals(List.of("smart.yaml"), BuiltInFiles.listEntries(loader, problems));
        }
        assertTrue(problems.isEmpty(), problems::toString);
    }

    private static void put(JarOutputStream out, String name) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream body = out;
        body.write("x: 1\n".getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
