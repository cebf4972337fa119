package io.hsmlog.cli;

import java.io.PrintStream;

/** A progress line on standard error for large inputs, shown only when standard error is a terminal. */
final class Progress implements AutoCloseable {
    private static final long LARGE = 8L << 20;
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintStream err;
    private final Inputs.Opened input;
    private final String name;
    private final boolean shown;
    private long lines;
    private long last = System.nanoTime();

    Progress(PrintStream err, Inputs.Opened input, String name, boolean terminal) {
        this.err = err;
        this.input = input;
        this.name = name;
        this.shown = terminal && input.size() >= LARGE;
    }

    void line() {
        lines++;
        if (!shown || (lines & 1023) != 0) return;
        long now = System.nanoTime();
        if (now - last < EVERY_NANOS) return;
        last = now;
        long pct = input.size() > 0 ? Math.min(100, input.position() * 100 / input.size()) : 0;
        err.printf("\r%s: %3d%%  %,d lines", name, pct, lines);
        err.flush();
    }

    @Override
    public void close() {
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
