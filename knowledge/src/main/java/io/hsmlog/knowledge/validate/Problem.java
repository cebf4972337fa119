package io.hsmlog.knowledge.validate;

import io.hsmlog.knowledge.Origin;

import java.util.Comparator;
import java.util.Objects;

/** Something wrong in the knowledge, and where it was written. */
public record Problem(Origin origin, String message) {
    /** Orders problems by file, then line, so a report reads top to bottom. */
    public static final Comparator<Problem> BY_ORIGIN = Comparator
            .comparing((Problem p) -> p.origin().file())
            .thenComparingInt(p -> p.origin().line());

    public Problem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: message}; {@code file: message} when the problem concerns the whole file. */
    @Override
    public String toString() {
        return (origin.line() > 0 ? origin.toString() : origin.file()) + ": " + message;
    }
}
