package io.hsmlog.engine;

import io.hsmlog.engine.parse.LineParser;
import io.hsmlog.engine.parse.LineReader;
import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.engine.parse.RawLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Streams lines through the pipeline on several threads while keeping output in input order: the reading thread
 * cuts the input into batches, workers parse and judge them, and results are handed on in the order the batches
 * were cut. A bounded window of batches in flight keeps memory flat on an endless stream.
 */
final class Streamer {
    static final int BATCH = 2048;

    private final LineParser parser;
    private final Pipeline pipeline;
    private final int threads;

    Streamer(LineParser parser, Pipeline pipeline, int threads) {
        this.parser = parser;
        this.pipeline = pipeline;
        this.threads = threads;
    }

    /**
     * Assesses every line; {@code prepare} turns each assessment into what the caller needs (an encoded output
     * line, say) on the worker threads, and {@code sink} receives the results in input order on this thread.
     */
    <T> void run(LineReader reader, Function<Assessment, T> prepare, Consumer<T> sink) throws IOException {
        if (threads == 1) {
            List<RawLine> batch;
            while (!(batch = read(reader)).isEmpty()) emit(judge(batch, prepare), sink);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "hsmlog-assess");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<List<T>>> inFlight = new ArrayDeque<>();
        try {
            List<RawLine> batch;
            while (!(batch = read(reader)).isEmpty()) {
                List<RawLine> b = batch;
                inFlight.add(pool.submit(() -> judge(b, prepare)));
                if (inFlight.size() >= threads * 2) emit(await(inFlight.poll()), sink);
            }
            while (!inFlight.isEmpty()) emit(await(inFlight.poll()), sink);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<RawLine> read(LineReader reader) throws IOException {
        List<RawLine> batch = new ArrayList<>(BATCH);
        RawLine line;
        while (batch.size() < BATCH && (line = reader.next()) != null) batch.add(line);
        return batch;
    }

    private <T> List<T> judge(List<RawLine> batch, Function<Assessment, T> prepare) {
        List<LogEvent> events = new ArrayList<>(batch.size());
        for (RawLine l : batch) {
            events.add(l.garbage() != null ? parser.garbage(l.number(), l.garbage(), l.excerpt())
                    : parser.parse(l.number(), l.text()));
        }
        List<Assessment> assessed = pipeline.assess(events);
        List<T> prepared = new ArrayList<>(assessed.size());
        for (Assessment a : assessed) prepared.add(prepare.apply(a));
        return prepared;
    }

    private static <T> void emit(List<T> results, Consumer<T> sink) {
        for (T r : results) sink.accept(r);
    }

    private static <T> List<T> await(Future<List<T>> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while assessing", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof UncheckedIOException u) throw u.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }
}
