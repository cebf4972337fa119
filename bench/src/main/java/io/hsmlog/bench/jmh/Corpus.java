package io.hsmlog.bench.jmh;

import io.hsmlog.bench.CorpusGenerator;
import io.hsmlog.engine.Engine;
import io.hsmlog.knowledge.load.KnowledgeException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** What the benchmarks share: the in-memory corpus and how to build an engine on the knowledge under test. */
final class Corpus {
    /** Lines per benchmark invocation: enough for a few dozen of the streamer's batches. */
    static final int LINES = 100_000;
    static final long SEED = 7;

    private Corpus() {
    }

    static List<String> lines() {
        return CorpusGenerator.lines(LINES, SEED);
    }

    static byte[] bytes(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An engine on the built-in knowledge plus {@code knowledgeDir} when not empty.
     */
    static Engine engine(String knowledgeDir, int threads) throws KnowledgeException {
        Engine.Builder b = Engine.builder().defaultYear(2026).threads(threads);
        if (!knowledgeDir.isEmpty()) b.knowledge(Path.of(knowledgeDir));
        return b.build();
    }
}
