package io.hsmlog.engine.parse;

/**
 * One input line as {@link LineReader} read it: either decoded text or garbage.
 *
 * @param number  1-based line number
 * @param text    the decoded line without its terminator; null for garbage
 * @param garbage why the line is not readable text; null for text
 * @param excerpt for garbage, the line's first bytes with all but printable ASCII written as \xNN; else null
 */
public record RawLine(long number, String text, String garbage, String excerpt) {

    static RawLine text(long number, String text) {
        return new RawLine(number, text, null, null);
    }

    static RawLine garbage(long number, String reason, String excerpt) {
        return new RawLine(number, null, reason, excerpt);
    }

    public boolean isGarbage() {
        return garbage != null;
    }
}
