package io.hsmlog.guide.diff;

import java.nio.file.Path;

/** An example line quoted by a curated knowledge entry. */
public record CuratedExample(Path file, String id, String text) {
}
