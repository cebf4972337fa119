package io.hsmlog.cli.output;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Finding;

import java.io.IOException;

/** Writes assessments in one of the command line's formats. */
public interface AssessmentWriter extends AutoCloseable {
    void write(Assessment a) throws IOException;

    /**
     * The assessment's output, encoded ahead of time on a worker thread, or null when this format writes it in
     * {@link #write(Assessment)}. Must be thread-safe.
     */
    default byte[] encode(Assessment a) {
        return null;
    }

    /** Writes an assessment, given what {@link #encode} made of it. */
    default void write(Assessment a, byte[] encoded) throws IOException {
        write(a);
    }

    /** Writes an incident, right after the assessment of the line that completed it. */
    void write(Finding f) throws IOException;

    /** Writes whatever closes the output (a summary), and flushes. */
    @Override
    void close() throws IOException;
}
