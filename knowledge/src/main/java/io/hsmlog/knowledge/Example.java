package io.hsmlog.knowledge;

/** A whole log line quoted in the knowledge, with where it was written. */
public record Example(String text, Origin origin) {
}
