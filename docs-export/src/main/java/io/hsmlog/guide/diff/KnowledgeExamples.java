package io.hsmlog.guide.diff;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The examples quoted by the entries files under a knowledge directory (any *.yaml with "entries"). */
public final class KnowledgeExamples {

    private KnowledgeExamples() {
    }

    public static List<CuratedExample> read(Path dir) {
        List<CuratedExample> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.addAll(fromFile(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the knowledge directory " + dir, e);
        }
        return out;
    }

    private static List<CuratedExample> fromFile(Path file) throws IOException {
        Object doc;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        }
        List<CuratedExample> out = new ArrayList<>();
        if (!(doc instanceof Map<?, ?> top) || !(top.get("entries") instanceof List<?> entries)) {
            return out;
        }
        for (Object e : entries) {
            if (e instanceof Map<?, ?> entry && entry.get("examples") instanceof List<?> examples) {
                String id = String.valueOf(entry.get("id"));
                for (Object x : examples) {
                    if (x != null) {
                        out.add(new CuratedExample(file, id, x.toString()));
                    }
                }
            }
        }
        return out;
    }
}
