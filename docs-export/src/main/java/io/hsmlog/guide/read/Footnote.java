package io.hsmlog.guide.read;

/**
 * A footnote printed after an example block, keyed by its run of asterisks.
 *
 * @param marker the asterisks, "*" to "*****"
 */
public record Footnote(int line, String marker, String text, Position position) {
}
