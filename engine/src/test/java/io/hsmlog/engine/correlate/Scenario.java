package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Engine;
import io.hsmlog.engine.Finding;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.correlation.Correlation;
import io.hsmlog.knowledge.correlation.CorrelationCheck;
import io.hsmlog.knowledge.correlation.CorrelationReader;
import io.hsmlog.knowledge.load.KnowledgeException;
import io.hsmlog.knowledge.validate.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs log lines through the fixture entries and the built-in correlations, as a replay does: assess every line,
 * correlate in order, finish at the end of input.
 */
final class Scenario {
    /** The built-in correlations, where support staff edit them. */
    static final Path BUILT_IN = Path.of("..", "knowledge", "correlations");

    static final Engine ENGINE = engine();
    static final CorrelationBase BASE = CorrelationBase.build(withCorrelations(ENGINE.knowledge(), BUILT_IN));

    private Scenario() {
    }

    /** The findings of a replay of {@code lines}, in the order they were reported. */
    static List<Finding> replay(String... lines) {
        Correlator correlator = BASE.newCorrelator();
        List<Finding> out = new ArrayList<>();
        for (Assessment a : ENGINE.assess(List.of(lines))) out.addAll(correlator.accept(a));
        out.addAll(correlator.finish());
        return out;
    }

    /** The findings of {@code rule} in a replay. */
    static List<Finding> findings(String rule, String... lines) {
        return replay(lines).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** The one finding of {@code rule} in a replay, checked to be the only one of its rule. */
    static Finding only(String rule, String... lines) {
        List<Finding> found = findings(rule, lines);
        assertEquals(1, found.size(), () -> "findings of " + rule + ": " + found);
        return found.get(0);
    }

    static void assertNone(String rule, String... lines) {
        List<Finding> found = findings(rule, lines);
        assertTrue(found.isEmpty(), () -> "expected no finding of " + rule + ", got " + found);
    }

    static void assertLines(Finding f, long... lines) {
        List<Long> expected = new ArrayList<>();
        for (long l : lines) expected.add(l);
        assertEquals(expected, f.lines(), () -> "lines of " + f);
    }

    /** The knowledge with the correlations of {@code dir}, checked as the loader checks them. */
    static Knowledge withCorrelations(Knowledge k, Path dir) {
        List<Problem> problems = new ArrayList<>();
        List<Correlation> correlations = read(dir, problems);
        Knowledge withThem = new Knowledge(k.entries(), k.sensors(), k.trapRules(), k.interpretation(), correlations);
        new CorrelationCheck().check(withThem, problems);
        if (!problems.isEmpty()) throw new IllegalStateException(new KnowledgeException(problems).getMessage());
        return withThem;
    }

    static List<Correlation> read(Path dir, List<Problem> problems) {
        CorrelationReader reader = new CorrelationReader(problems);
        List<Correlation> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                InputStream in = Files.newInputStream(f);
                out.addAll(reader.read(f.toString(), in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Engine engine() {
        try {
            Path fixture = Path.of(Scenario.class.getResource("/correlate").toURI());
            return Engine.builder().builtInKnowledge(false).knowledge(fixture).defaultYear(2012).threads(1).build();
        } catch (KnowledgeException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
