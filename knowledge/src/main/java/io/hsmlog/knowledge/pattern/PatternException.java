package io.hsmlog.knowledge.pattern;

/** A pattern that cannot be compiled, or that could take exponential time to match. */
public final class PatternException extends Exception {
    private static final long serialVersionUID = 1L;

    public PatternException(String message) {
        super(message);
    }
}
