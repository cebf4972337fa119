package io.hsmlog.engine;

import io.hsmlog.engine.correlate.Lanes;
import io.hsmlog.engine.parse.LineParser;
import io.hsmlog.engine.parse.LineReader;
import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.engine.parse.RawLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Streams lines through the pipeline on several threads while keeping output in input order: the reading thread
 * cuts the input into batches, workers parse and judge them (and correlate them, appliances split into lanes), and
 * results are handed on in the order the batches were cut. A bounded window of batches in flight keeps memory flat on an endless stream.
 */
final class Streamer {
    /**
     * Lines per batch. Every batch in flight is live at each young collection, which copies it: batches of 512
     * rather than 2,048 halve the collections' pauses and save about 8% of a 1M-line run's CPU (bench/README.md).
     */
    static final int BATCH = 512;

    /** Batches being judged or waiting to be handed on: bounds memory on an endless stream. */
    private static final int IN_FLIGHT_PER_THREAD = 2;

    /** Marks the end of input in the queue of batches. */
    private static final Future<?> END = CompletableFuture.completedFuture(List.of());

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
    <T> void run(LineReader lines, Function<Assessment, T> prepare, Consumer<T> sink) throws IOException {
        run(lines, prepare, null, (item, found) -> sink.accept(item));
    }

    /**
     * Assesses every line as {@link #run(LineReader, Function, Consumer)} does and, with {@code lanes}, joins the
     * lines into incidents too: each batch's lines are correlated lane by lane on the worker threads, a lane's
     * batches one after the other, and {@code sink} receives each result with the findings its line completed.
     * Incidents still open at the end are the caller's to ask {@link Lanes#finish()} for.
     */
    <T> void run(LineReader lines, Function<Assessment, T> prepare, Lanes lanes, BiConsumer<T, List<Finding>> sink)
            throws IOException {
        Batches reader = new Batches(lines);
        if (threads == 1) {
            List<RawLine> batch;
            while (!(batch = reader.next()).isEmpty()) {
                List<Slot<T>> slots = judge(batch, prepare, lanes);
                if (lanes != null) for (int lane = 0; lane < lanes.count(); lane++) correlate(slots, lanes, lane);
                emit(slots, sink);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1, r -> {
            Thread t = new Thread(r, "hsmlog-assess");
            t.setDaemon(true);
            return t;
        });
        // The input is read and handed to the workers on a thread of its own, so that reading goes on while this
        // thread hands results on (writing them): the workers are not kept waiting for input.
        BlockingQueue<Future<List<Slot<T>>>> inFlight = new ArrayBlockingQueue<>(threads * IN_FLIGHT_PER_THREAD);
        Future<?> reading = pool.submit(() -> {
            // Each lane's latest batch: a lane correlates a batch once it is judged and the lane is done with the
            // batch before, so every appliance's lines are correlated in input order.
            CompletableFuture<?>[] laneDone = new CompletableFuture<?>[lanes == null ? 0 : lanes.count()];
            Arrays.fill(laneDone, CompletableFuture.completedFuture(null));
            try {
                List<RawLine> batch;
                while (!(batch = reader.next()).isEmpty()) {
                    List<RawLine> b = batch;
                    CompletableFuture<List<Slot<T>>> judged =
                            CompletableFuture.supplyAsync(() -> judge(b, prepare, lanes), pool);
                    for (int i = 0; i < laneDone.length; i++) {
                        int lane = i;
                        laneDone[i] = laneDone[i].thenCombineAsync(judged, (previous, slots) -> {
                            correlate(slots, lanes, lane);
                            return null;
                        }, pool);
                    }
                    inFlight.put(laneDone.length == 0 ? judged
                            : CompletableFuture.allOf(laneDone).thenCompose(done -> judged));
                }
            } catch (InterruptedException e) {
                return null; // the run was abandoned: nobody takes from the queue any more
            } catch (Throwable e) {
                // A failure to read is handed on in its place in the queue, after the batches read before it.
                inFlight.put(CompletableFuture.failedFuture(e));
            }
            inFlight.put(endOfInput());
            return null;
        });
        try {
            Future<List<Slot<T>>> next;
            while ((next = inFlight.take()) != END) emit(await(next), sink);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while assessing", e);
        } finally {
            reading.cancel(true);
            pool.shutdownNow();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Future<List<T>> endOfInput() {
        return (Future<List<T>>) END;
    }

    /**
     * The input cut into batches. When reading fails, the lines read before the failure are a batch of their own,
     * and the failure comes with the next batch: nothing read is lost.
     */
    private static final class Batches {
        private final LineReader reader;
        private IOException failed;

        Batches(LineReader reader) {
            this.reader = reader;
        }

        List<RawLine> next() throws IOException {
            if (failed != null) throw failed;
            List<RawLine> batch = new ArrayList<>(BATCH);
            try {
                RawLine line;
                while (batch.size() < BATCH && (line = reader.next()) != null) batch.add(line);
            } catch (IOException e) {
                if (batch.isEmpty()) throw e;
                failed = e;
            }
            return batch;
        }
    }

    /** A line's way through: its assessment, what the caller made of it, its lane, the incidents it completed. */
    private static final class Slot<T> {
        final Assessment assessment;
        final T prepared;
        final int lane;
        List<Finding> found = List.of();

        Slot(Assessment assessment, T prepared, int lane) {
            this.assessment = assessment;
            this.prepared = prepared;
            this.lane = lane;
        }
    }

    private <T> List<Slot<T>> judge(List<RawLine> batch, Function<Assessment, T> prepare, Lanes lanes) {
        List<LogEvent> events = new ArrayList<>(batch.size());
        for (RawLine l : batch) {
            events.add(l.garbage() != null ? parser.garbage(l.number(), l.garbage(), l.excerpt())
                    : parser.parse(l.number(), l.text()));
        }
        List<Assessment> assessed = pipeline.assess(events);
        List<Slot<T>> slots = new ArrayList<>(assessed.size());
        for (Assessment a : assessed) slots.add(new Slot<>(a, prepare.apply(a), lanes == null ? 0 : lanes.laneOf(a)));
        return slots;
    }

    /** Correlates the batch's lines of one lane, in input order. */
    private static <T> void correlate(List<Slot<T>> slots, Lanes lanes, int lane) {
        for (Slot<T> s : slots) {
            if (s.lane == lane) s.found = lanes.accept(lane, s.assessment);
        }
    }

    private static <T> void emit(List<Slot<T>> slots, BiConsumer<T, List<Finding>> sink) {
        for (Slot<T> s : slots) sink.accept(s.prepared, s.found);
    }

    private static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while assessing", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof UncheckedIOException u) throw u.getCause();
            if (c instanceof IOException io) throw io;
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }
}
