package io.hsmlog.knowledge.pattern;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Messages made from the knowledge's example lines, for tests that hold two ways of matching to each other. */
final class ExampleMessages {
    private ExampleMessages() {
    }

    /** The line read from every word on, and from after a MIB name: the message is one of them. */
    static List<String> suffixes(String line) {
        List<String> out = new ArrayList<>();
        out.add(line);
        for (int i = 1; i < line.length(); i++) {
            boolean wordStart = Character.isWhitespace(line.charAt(i - 1)) && !Character.isWhitespace(line.charAt(i));
            if (wordStart || line.startsWith("::", i - 2)) out.add(line.substring(i)); // walks: MIB::object = ...
        }
        return out;
    }

    /** The message with a character dropped, doubled or replaced, or a blank doubled. */
    static Set<String> nearMisses(String m) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < m.length(); i++) {
            out.add(m.substring(0, i) + m.substring(i + 1));
            out.add(m.substring(0, i) + m.charAt(i) + m.substring(i));
            out.add(m.substring(0, i) + (Character.isDigit(m.charAt(i)) ? 'x' : '7') + m.substring(i + 1));
            if (m.charAt(i) == ' ') out.add(m.substring(0, i) + "  " + m.substring(i + 1));
        }
        return out;
    }
}
