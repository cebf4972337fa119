package io.hsmlog.features;

import io.hsmlog.engine.correlate.CorrelationBase;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.correlation.Correlation;
import io.hsmlog.knowledge.correlation.CorrelationCheck;
import io.hsmlog.knowledge.correlation.CorrelationReader;
import io.hsmlog.knowledge.load.KnowledgeException;
import io.hsmlog.knowledge.validate.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The correlations incidents are found with: the knowledge's own; for knowledge built without any, the files
 * support staff edit in this checkout's {@code knowledge/correlations}, checked against the knowledge's entries as
 * the loader checks them.
 */
final class Correlations {
    /** Maven runs the specs in the features module's directory. */
    static final Path CHECKOUT = Path.of("..", "knowledge", "correlations");

    private Correlations() {
    }

    static CorrelationBase compile(Knowledge knowledge) {
        if (!knowledge.correlations().isEmpty() || !Files.isDirectory(CHECKOUT)) {
            return CorrelationBase.build(knowledge);
        }
        List<Problem> problems = new ArrayList<>();
        Knowledge withCheckout = new Knowledge(knowledge.entries(), knowledge.sensors(), knowledge.trapRules(),
                knowledge.interpretation(), read(problems));
        new CorrelationCheck().check(withCheckout, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The correlations do not load. " + new KnowledgeException(problems).getMessage());
        }
        return CorrelationBase.build(withCheckout);
    }

    private static List<Correlation> read(List<Problem> problems) {
        CorrelationReader reader = new CorrelationReader(problems);
        List<Correlation> read = new ArrayList<>();
        try (Stream<Path> files = Files.list(CHECKOUT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                read.addAll(reader.read(file.toString(), Files.newInputStream(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read;
    }
}
