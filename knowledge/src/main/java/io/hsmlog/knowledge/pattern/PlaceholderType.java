package io.hsmlog.knowledge.pattern;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The types a placeholder of the notation may name ({@code <reading:number>}), each with the regex it stands for.
 * The notation's regex and {@link TemplateMatcher} both read this list, so a type is defined once.
 */
enum PlaceholderType {
    WORD("\\S+"),
    INT("[-+]?\\d+"),
    NUMBER("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)"),
    HEX("(?:0[xX])?[0-9a-fA-F]+"),
    IP("\\d{1,3}(?:\\.\\d{1,3}){3}"),
    CLIENT("(?:\\d{1,3}(?:\\.\\d{1,3}){3}/\\d+|Console|\\S+)"),
    // One run, not segments: "/?[^/]+(?:/[^/]*)*"-style paths backtrack exponentially on near-misses.
    PATH("[^\\s:,;]+"),
    /** The default: any text, as little as lets the rest match; as much as there is when it ends the pattern. */
    TEXT(".+?");

    private final String regex;

    PlaceholderType(String regex) {
        this.regex = regex;
    }

    /** The regex for a placeholder of this type; {@code last} when nothing but blanks follows it. */
    String regex(boolean last) {
        return this == TEXT && last ? ".+" : regex;
    }

    /** The type the notation names, or null when it names none. */
    static PlaceholderType named(String name) {
        for (PlaceholderType t : values()) {
            if (t.key().equals(name)) return t;
        }
        return null;
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The names a notation may use, for messages. */
    static String known() {
        return Arrays.stream(values()).map(PlaceholderType::key).sorted().collect(Collectors.joining(", "));
    }
}
