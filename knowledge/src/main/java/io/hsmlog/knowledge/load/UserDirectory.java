package io.hsmlog.knowledge.load;

import io.hsmlog.knowledge.Origin;
import io.hsmlog.knowledge.validate.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A directory given with {@code --knowledge}: entries files under {@code entries/} or directly in it, optionally
 * its own sensors.yaml, trap-rules.yaml and interpretation.yaml, and correlations under {@code correlations/}.
 */
final class UserDirectory {
    static final String SENSORS = "sensors.yaml";
    static final String TRAP_RULES = "trap-rules.yaml";
    static final String INTERPRETATION = "interpretation.yaml";
    private static final Set<String> NOT_ENTRIES = Set.of(SENSORS, TRAP_RULES, INTERPRETATION);

    private UserDirectory() {
    }

    static Layer layer(Path dir, List<Problem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(new Origin(dir.toString(), 0), "not a directory"));
            return new Layer(List.of(), null, null, null, List.of());
        }
        List<Source> entries = new ArrayList<>();
        entries.addAll(yamlFiles(dir.resolve("entries"), problems));
        for (Source s : yamlFiles(dir, problems)) {
            if (!NOT_ENTRIES.contains(Path.of(s.name()).getFileName().toString())) entries.add(s);
        }
        return new Layer(entries, optional(dir, SENSORS), optional(dir, TRAP_RULES),
                optional(dir, INTERPRETATION), yamlFiles(dir.resolve("correlations"), problems));
    }

    private static Source optional(Path dir, String name) {
        Path file = dir.resolve(name);
        return Files.isRegularFile(file) ? source(file) : null;
    }

    /** The *.yaml files of {@code dir}, sorted; a *.yml file is reported rather than silently skipped. */
    private static List<Source> yamlFiles(Path dir, List<Problem> problems) {
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(new Origin(dir.toString(), 0), "cannot list the directory: " + e.getMessage()));
            return List.of();
        }
        List<Source> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".yaml")) out.add(source(f));
            else if (name.endsWith(".yml")) {
                problems.add(new Problem(new Origin(f.toString(), 0), "not read: knowledge files end in .yaml"));
            }
        }
        return out;
    }

    private static Source source(Path file) {
        return new Source(file.toString(), () -> Files.newInputStream(file));
    }
}
