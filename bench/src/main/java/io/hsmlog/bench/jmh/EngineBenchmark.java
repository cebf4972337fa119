package io.hsmlog.bench.jmh;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Engine;
import io.hsmlog.engine.correlate.Correlator;
import io.hsmlog.engine.match.TemplateIndex;
import io.hsmlog.engine.parse.LineParser;
import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.knowledge.load.KnowledgeException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The engine in-process on {@link Corpus#LINES} generated lines held in memory; scores are lines per second.
 * Each step adds to the one before: parse, then match to an entry, then the rules, then reading the lines from
 * bytes as {@code hsmlog assess} does (one thread, then every core). Output formatting is not included.
 * {@code correlate} is the correlator alone, over the lines assessed beforehand, as it runs on the thread that
 * hands results on in input order.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xss2m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class EngineBenchmark {
    /** The streamer's batch size, so the rules see batches of the size they see in production. */
    private static final int BATCH = 512;

    /** A knowledge directory to load on top of the built-in knowledge; empty for the built-in alone. */
    @Param("")
    public String knowledge;

    private Engine engine;
    private Engine allCores;
    private LineParser parser;
    private TemplateIndex index;
    private List<String> lines;
    private byte[] bytes;
    private List<Assessment> assessed;

    @Setup
    public void setUp() throws KnowledgeException {
        engine = Corpus.engine(knowledge, 1);
        allCores = Corpus.engine(knowledge, Runtime.getRuntime().availableProcessors());
        parser = engine.parser();
        index = new TemplateIndex(engine.knowledge().entries());
        lines = Corpus.lines();
        bytes = Corpus.bytes(lines);
        assessed = engine.assess(lines);
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.LINES)
    public void parse(Blackhole bh) {
        for (int i = 0; i < lines.size(); i++) bh.consume(parser.parse(i + 1, lines.get(i)));
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.LINES)
    public void parseAndMatch(Blackhole bh) {
        for (int i = 0; i < lines.size(); i++) {
            LogEvent e = parser.parse(i + 1, lines.get(i));
            bh.consume(index.match(e));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.LINES)
    public void assess(Blackhole bh) {
        for (int from = 0; from < lines.size(); from += BATCH) {
            List<Assessment> out = engine.assess(lines.subList(from, Math.min(lines.size(), from + BATCH)));
            bh.consume(out);
        }
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.LINES)
    public void streamOneThread(Blackhole bh) throws IOException {
        engine.assess(new ByteArrayInputStream(bytes), bh::consume);
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.LINES)
    public void streamAllCores(Blackhole bh) throws IOException {
        allCores.assess(new ByteArrayInputStream(bytes), bh::consume);
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.LINES)
    public void correlate(Blackhole bh) {
        Correlator correlator = engine.correlator();
        for (Assessment a : assessed) bh.consume(correlator.accept(a));
        bh.consume(correlator.finish());
    }
}
