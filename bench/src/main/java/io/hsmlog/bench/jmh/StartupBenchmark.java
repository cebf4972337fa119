package io.hsmlog.bench.jmh;

import io.hsmlog.engine.Engine;
import io.hsmlog.knowledge.load.KnowledgeException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Building an engine in a fresh JVM, as every {@code hsmlog} command does: loading and validating the knowledge,
 * generating and compiling the rules (examples are checked too when a knowledge directory is given). One build per
 * fork, so each is cold. The JVM runs as {@code ./hsmlog} runs it on a file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 5, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xmx320m", "-Xmn200m", "-Xss2m", "-XX:TieredStopAtLevel=1"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StartupBenchmark {
    /** A knowledge directory to load on top of the built-in knowledge; empty for the built-in alone. */
    @Param("")
    public String knowledge;

    @Benchmark
    public Engine build() throws KnowledgeException {
        return Corpus.engine(knowledge, 1);
    }
}
