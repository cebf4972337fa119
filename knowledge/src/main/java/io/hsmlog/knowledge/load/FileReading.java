package io.hsmlog.knowledge.load;

import io.hsmlog.knowledge.Origin;
import io.hsmlog.knowledge.validate.Problem;
import io.hsmlog.knowledge.yaml.SafeYaml;
import io.hsmlog.knowledge.yaml.YamlMap;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the readers of the knowledge files share. */
final class FileReading {
    private FileReading() {
    }

    /** The file's top-level mapping; null when the file cannot be used (reported). */
    static YamlMap open(Source source, List<Problem> problems) {
        InputStream in;
        try {
            in = source.opener().open();
        } catch (IOException e) {
            problems.add(new Problem(new Origin(source.name(), 0), "cannot read the file: " + e.getMessage()));
            return null;
        }
        Node root = SafeYaml.read(source.name(), in, problems);
        return root == null ? null : YamlMap.of(source.name(), root, "the file", "", problems);
    }

    /** Lower-cased, in order, without repeats: process and severity names are compared ignoring case. */
    static Set<String> lowerSet(Collection<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) out.add(v.strip().toLowerCase(Locale.ROOT));
        return Collections.unmodifiableSet(out);
    }

    /** A block scalar ({@code >} or {@code |}) ends in a line break that is not part of the text. */
    static String trimBreaks(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return text.substring(0, end);
    }

    /** Prose values: strip the blank lines and indentation YAML block scalars leave around them. */
    static String prose(String text) {
        return text == null ? null : text.strip();
    }

    /** How messages about one item start: "entry 'ipmi.sel.full'", or "entry #3" when it has no id. */
    static String context(String what, String id, int index) {
        return id == null || id.isBlank() ? what + " #" + index : what + " '" + id + "'";
    }
}
