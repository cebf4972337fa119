package io.hsmlog.knowledge.load;

import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.InterpretationRule;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.Sensor;
import io.hsmlog.knowledge.Origin;
import io.hsmlog.knowledge.TrapRule;
import io.hsmlog.knowledge.correlation.Correlation;
import io.hsmlog.knowledge.correlation.CorrelationCheck;
import io.hsmlog.knowledge.correlation.CorrelationReader;
import io.hsmlog.knowledge.validate.KnowledgeCheck;
import io.hsmlog.knowledge.validate.Problem;
import io.hsmlog.knowledge.validate.StandardChecks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads and validates the knowledge: the built-in files, then each user directory in turn. A later layer adds
 * entries, sensors and rules and replaces those with the same id (the sensor's text, for sensors), so the
 * guide's messages can be revised without a new release. Every problem of a load is collected, then reported
 * together.
 */
public final class KnowledgeLoader {
    private KnowledgeLoader() {
    }

    /** The knowledge packaged with hsmlog. */
    public static Knowledge builtIn() throws KnowledgeException {
        return load(true, List.of(), List.of());
    }

    /**
     * Loads the built-in knowledge (when asked), overlaid by {@code userDirs} in order, and validates it: the
     * standard checks on each layer, where an id must be unique, then {@code extraChecks} on the result.
     *
     * @throws KnowledgeException listing every problem found, each with its file and line
     */
    public static Knowledge load(boolean includeBuiltIn, List<Path> userDirs, List<KnowledgeCheck> extraChecks)
            throws KnowledgeException {
        List<Problem> problems = new ArrayList<>();
        List<Layer> layers = new ArrayList<>();
        if (includeBuiltIn) layers.add(BuiltInFiles.layer(problems));
        for (Path dir : userDirs) layers.add(UserDirectory.layer(dir, problems));

        Overlay overlay = new Overlay();
        for (Layer layer : layers) {
            Knowledge read = read(layer, problems);
            for (KnowledgeCheck check : StandardChecks.all()) check.check(read, problems);
            overlay.add(read);
        }
        Knowledge knowledge = overlay.result();
        // Correlations are checked on the merged knowledge: a user's correlation may name built-in entries.
        new CorrelationCheck().check(knowledge, problems);
        for (KnowledgeCheck check : extraChecks) check.check(knowledge, problems);
        if (!problems.isEmpty()) throw new KnowledgeException(problems);
        return knowledge;
    }

    private record FileRead(List<Entry> entries, List<Problem> problems) {
    }

    private static FileRead readEntries(Source file) {
        List<Problem> problems = new ArrayList<>();
        return new FileRead(new EntriesFileReader(problems).read(file), problems);
    }

    /** One layer's files as they are written, duplicates and all, so the checks can see them. */
    private static Knowledge read(Layer layer, List<Problem> problems) {
        List<Entry> entries = new ArrayList<>();
        // Entry files are independent and most of the knowledge: read side by side, merged in file order.
        List<FileRead> reads = layer.entryFiles().parallelStream().map(KnowledgeLoader::readEntries).toList();
        for (FileRead r : reads) {
            entries.addAll(r.entries());
            problems.addAll(r.problems());
        }
        List<Sensor> sensors = layer.sensors() == null ? List.of() : new SensorsReader(problems).read(layer.sensors());
        List<TrapRule> trapRules = layer.trapRules() == null
                ? List.of() : new TrapRulesReader(problems).read(layer.trapRules());
        List<InterpretationRule> interpretation = layer.interpretation() == null
                ? List.of() : new InterpretationReader(problems).read(layer.interpretation());
        List<Correlation> correlations = new ArrayList<>();
        CorrelationReader correlationReader = new CorrelationReader(problems);
        for (Source file : layer.correlationFiles()) {
            try (InputStream in = file.opener().open()) {
                correlations.addAll(correlationReader.read(file.name(), in));
            } catch (IOException e) {
                problems.add(new Problem(new Origin(file.name(), 0), "cannot read: " + e.getMessage()));
            }
        }
        return new Knowledge(entries, sensors, trapRules, interpretation, correlations);
    }
}
