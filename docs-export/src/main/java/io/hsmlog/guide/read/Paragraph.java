package io.hsmlog.guide.read;

/** A prose paragraph (the guide writes each on one line). */
public record Paragraph(int line, String text, Position position) {
}
