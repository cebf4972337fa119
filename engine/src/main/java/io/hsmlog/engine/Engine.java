package io.hsmlog.engine;

import io.hsmlog.engine.check.ExampleCheck;
import io.hsmlog.engine.correlate.CorrelationBase;
import io.hsmlog.engine.correlate.Correlator;
import io.hsmlog.engine.correlate.Lanes;
import io.hsmlog.engine.parse.LineParser;
import io.hsmlog.engine.parse.LineReader;
import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.engine.rules.RuleBase;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.load.KnowledgeException;
import io.hsmlog.knowledge.load.KnowledgeLoader;
import io.hsmlog.knowledge.validate.KnowledgeCheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Assesses log lines, SNMP walk output and SNMP traps as the guide interprets them.
 *
 * <p>An engine is built once (loading and validating the knowledge and compiling its rules is the expensive part)
 * and is then safe to use from any number of threads at once: it holds no per-call state.
 */
public final class Engine {
    private final Knowledge knowledge;
    private final LineParser parser;
    private final RuleBase rules;
    private final CorrelationBase correlations;
    private final Pipeline pipeline;
    private final int threads;

    private Engine(Knowledge knowledge, int defaultYear, int threads, Map<String, String> addresses) {
        this.knowledge = knowledge;
        this.parser = new LineParser(defaultYear);
        // The two rule bases compile independently; on two cores building them side by side halves the wait.
        java.util.concurrent.CompletableFuture<CorrelationBase> fusion =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> CorrelationBase.build(knowledge));
        this.rules = RuleBase.build(knowledge);
        try {
            this.correlations = fusion.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
        this.pipeline = new Pipeline(knowledge, rules, new TrapReference(addresses));
        this.threads = threads;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Assesses one line, numbered 1. */
    public Assessment assess(String line) {
        return pipeline.assess(List.of(parser.parse(1, line))).get(0);
    }

    /** Assesses lines numbered from 1, in order. */
    public List<Assessment> assess(List<String> lines) {
        List<LogEvent> events = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) events.add(parser.parse(i + 1, lines.get(i)));
        return pipeline.assess(events);
    }

    /**
     * Assesses a stream of lines as they come, handing each assessment to {@code sink} in input order. Lines are
     * parsed and judged in batches on {@link #threads()} threads; at most a few batches are in flight, so memory
     * stays bounded whatever the length of the input. Lines that are not text become garbage assessments.
     */
    public void assess(InputStream in, Consumer<Assessment> sink) throws IOException {
        new Streamer(parser, pipeline, threads).run(new LineReader(in), Function.identity(), sink);
    }

    /**
     * Assesses a stream as {@link #assess(InputStream, Consumer)} does, with a step that runs on the worker
     * threads: {@code prepare} turns each assessment into what the caller needs (an encoded output line, say) in
     * parallel, and {@code sink} receives the results in input order on the calling thread.
     */
    public <T> void assess(InputStream in, Function<Assessment, T> prepare, Consumer<T> sink) throws IOException {
        new Streamer(parser, pipeline, threads).run(new LineReader(in), prepare, sink);
    }

    /**
     * Assesses a stream as {@link #assess(InputStream, Consumer)} does and also joins the assessments into
     * incidents over time, the log's own timestamps driving the clock: each finding is handed to
     * {@code findings} right after the assessment of the line that completed it, and incidents still open at the
     * end of the input are handed on last.
     */
    public void assessAndCorrelate(InputStream in, Consumer<Assessment> sink, Consumer<Finding> findings)
            throws IOException {
        assessAndCorrelate(in, Function.identity(), (a, found) -> {
            sink.accept(a);
            found.forEach(findings);
        }, findings);
    }

    /**
     * Assesses and correlates a stream as {@link #assessAndCorrelate(InputStream, Consumer, Consumer)} does, with a
     * step on the worker threads as in {@link #assess(InputStream, Function, Consumer)}: {@code sink} receives, in
     * input order, what {@code prepare} made of each line with the findings the line completed, and {@code open}
     * the incidents still open at the end. Appliances are correlated in lanes on the worker threads, each
     * appliance's lines in input order, so correlation keeps pace with assessment.
     */
    public <T> void assessAndCorrelate(InputStream in, Function<Assessment, T> prepare,
                                       BiConsumer<T, List<Finding>> sink, Consumer<Finding> open) throws IOException {
        Lanes lanes = correlations.newLanes(threads);
        new Streamer(parser, pipeline, threads).run(new LineReader(in), prepare, lanes, sink);
        lanes.finish().forEach(open);
    }

    /** A new correlator for one stream of assessments in input order; not thread-safe, one per stream. */
    public Correlator correlator() {
        return correlations.newCorrelator();
    }

    /** Assesses events already parsed, in order. */
    public List<Assessment> assessEvents(List<LogEvent> events) {
        return pipeline.assess(events);
    }

    /**
     * The ids of every entry whose pattern matches the line, in knowledge order; more than one means the knowledge
     * is ambiguous for this line (assessment takes the first).
     */
    public List<String> entriesMatching(String line) {
        return pipeline.index().matchAll(parser.parse(1, line)).stream().map(e -> e.id()).toList();
    }

    /** The parser this engine reads lines with. */
    public LineParser parser() {
        return parser;
    }

    /** The DRL generated from the knowledge: the assessment rules, then the correlation rules. */
    public String drl() {
        return rules.drl() + "\n" + correlations.drl();
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    /** How many threads streaming assessment uses. */
    public int threads() {
        return threads;
    }

    /** Builds an engine from the built-in knowledge and/or users' knowledge directories. */
    public static final class Builder {
        private boolean builtIn = true;
        private final List<Path> dirs = new ArrayList<>();
        private int defaultYear = Year.now().getValue();
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private final Map<String, String> addresses = new LinkedHashMap<>();

        private Builder() {
        }

        /** Whether to start from the built-in knowledge (default true). */
        public Builder builtInKnowledge(boolean use) {
            this.builtIn = use;
            return this;
        }

        /** Adds a directory of YAML entries that add to and override the built-in ones by id. */
        public Builder knowledge(Path dir) {
            dirs.add(dir);
            return this;
        }

        /** The year given to timestamps that have none ("Feb 29 12:05:01"); default the current year. */
        public Builder defaultYear(int year) {
            this.defaultYear = year;
            return this;
        }

        /** Threads for streaming assessment; default one per core. */
        public Builder threads(int threads) {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
            this.threads = threads;
            return this;
        }

        /** The IP address of an appliance, for the trap agent's log reference. */
        public Builder applianceAddress(String host, String ip) {
            addresses.put(host, ip);
            return this;
        }

        /**
         * Loads and validates the knowledge, checks every entry's examples, and compiles the rules.
         *
         * <p>Examples are checked whenever knowledge comes from directories, since an entry there can change what
         * any example matches. The built-in knowledge alone cannot change after hsmlog is built, and its examples
         * are checked by the build ({@code BuiltInExamplesTest}), so they are not checked again at every start.
         *
         * @throws KnowledgeException naming every file, line and reason the knowledge is wrong
         */
        public Engine build() throws KnowledgeException {
            List<KnowledgeCheck> checks =
                    dirs.isEmpty() ? List.of() : List.of(new ExampleCheck());
            Knowledge k = KnowledgeLoader.load(builtIn, dirs, checks);
            return new Engine(k, defaultYear, threads, addresses);
        }
    }
}
