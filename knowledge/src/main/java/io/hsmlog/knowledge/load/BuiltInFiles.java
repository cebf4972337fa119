package io.hsmlog.knowledge.load;

import io.hsmlog.knowledge.Origin;
import io.hsmlog.knowledge.validate.Problem;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The knowledge packaged on the classpath under {@code io/hsmlog/knowledge/builtin/}. The entries files are found
 * by listing their directory, in a build's class directory or inside the jar, so a new file needs no index.
 */
final class BuiltInFiles {
    static final String ROOT = "io/hsmlog/knowledge/builtin/";
    private static final String ANCHOR = "sensors.yaml";

    private BuiltInFiles() {
    }

    static Layer layer(List<Problem> problems) {
        List<Source> entries = new ArrayList<>();
        for (String name : listEntries(loader(), problems)) entries.add(resource("entries/" + name));
        List<Source> correlations = new ArrayList<>();
        for (String name : list(loader(), "correlations", problems)) correlations.add(resource("correlations/" + name));
        return new Layer(entries, resource(ANCHOR), resource("trap-rules.yaml"),
                resource("interpretation.yaml"), correlations);
    }

    private static Source resource(String name) {
        return new Source(name, () -> {
            InputStream in = loader().getResourceAsStream(ROOT + name);
            if (in == null) throw new FileNotFoundException("the built-in " + name + " is missing from the classpath");
            return in;
        });
    }

    /** Names of the {@code entries/*.yaml} files beside the built-in sensors.yaml, sorted; none is no error. */
    static List<String> listEntries(ClassLoader loader, List<Problem> problems) {
        return list(loader, "entries", problems);
    }

    /** Names of the {@code *.yaml} files of a directory beside the built-in sensors.yaml, sorted. */
    private static List<String> list(ClassLoader loader, String directory, List<Problem> problems) {
        URL anchor = loader.getResource(ROOT + ANCHOR);
        if (anchor == null) return List.of(); // reported when sensors.yaml itself is read
        try {
            String url = anchor.toString();
            switch (anchor.getProtocol()) {
                case "file" -> {
                    return list(Path.of(anchor.toURI()).resolveSibling(directory));
                }
                case "jar" -> {
                    int bang = url.indexOf("!/");
                    URI jar = URI.create(url.substring(0, bang));
                    String inside = url.substring(bang + 1, url.length() - ANCHOR.length()) + directory;
                    return listInJar(jar, inside);
                }
                default -> problems.add(new Problem(new Origin(directory, 0),
                        "cannot list the built-in " + directory + " files from " + url));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            problems.add(new Problem(new Origin(directory, 0), "cannot list the built-in " + directory + " files: " + e));
        }
        return List.of();
    }

    private static List<String> listInJar(URI jar, String dir) throws IOException {
        try (FileSystem fs = FileSystems.newFileSystem(jar, Map.of())) {
            return list(fs.getPath(dir));
        } catch (FileSystemAlreadyExistsException e) {
            // Someone else opened the jar as a file system: use theirs and leave it open.
            return list(FileSystems.getFileSystem(jar).getPath(dir));
        }
    }

    private static List<String> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
    }

    private static ClassLoader loader() {
        return BuiltInFiles.class.getClassLoader();
    }
}
