package io.hsmlog.cli.output;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Finding;

import java.io.IOException;

/** Writes assessments in one of the command line's formats. */
public interface AssessmentWriter extends AutoCloseable {
    void write(Assessment a) throws IOException;

    /** Writes an incident, right after the assessment of the line that completed it. */
    void write(Finding f) throws IOException;

    /** Writes whatever closes the output (a summary), and flushes. */
    @Override
    void close() throws IOException;
}
