package io.hsmlog.knowledge.yaml;

import io.hsmlog.knowledge.Origin;

/** A text value read from YAML, with the line it was written on. */
public record Text(String value, Origin origin) {
}
