package io.hsmlog.engine.match;

import io.hsmlog.knowledge.Entry;

import java.util.Map;

/** The entry a message matched and the fields its pattern captured. */
public record Match(Entry entry, Map<String, String> fields) {
}
