package io.hsmlog.knowledge.pattern;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A compiled message pattern: the guide's notation ({@code literal <name:type> literal}) or a raw regex,
 * as an anchored regular expression with named groups.
 */
public final class MessagePattern {
    private final String source;
    private final Pattern regex;
    /** The notation's own matcher, or null for a raw regex. */
    private final TemplateMatcher template;
    private final List<String> fieldNames;
    private final List<String> groupNames;
    private final String literalPrefix;
    private final String firstWord;
    private final String requiredText;

    private MessagePattern(String source, Pattern regex, TemplateMatcher template, List<String> fieldNames,
                           List<String> groupNames, String literalPrefix, boolean prefixIsWord, String requiredText) {
        this.template = template;
        this.requiredText = requiredText == null || requiredText.isEmpty() ? null : requiredText;
        this.source = source;
        this.regex = regex;
        this.fieldNames = fieldNames;
        this.groupNames = groupNames;
        this.literalPrefix = literalPrefix;
        this.firstWord = prefixIsWord && !literalPrefix.isEmpty() ? literalPrefix : null;
    }

    /** Compiles the guide's notation. */
    public static MessagePattern fromNotation(String notation) throws PatternException {
        Notation.Compiled c = Notation.compile(notation);
        return new MessagePattern(notation, c.regex(), c.matcher(), c.fieldNames(), c.groupNames(), c.literalPrefix(),
                c.prefixIsWord(), c.longestLiteral());
    }

    /** Compiles a raw regex; it is anchored to the whole message and checked for catastrophic backtracking. */
    public static MessagePattern fromRegex(String regex) throws PatternException {
        BacktrackingCheck.check(regex);
        RawRegex.Renamed renamed = RawRegex.renameGroups(regex);
        Pattern compiled;
        try {
            compiled = Pattern.compile("(?:" + renamed.regex() + ")");
        } catch (PatternSyntaxException e) {
            throw new PatternException("regex does not compile: " + e.getDescription() + " near index " + e.getIndex());
        }
        String prefix = RawRegex.hasTopLevelAlternation(regex) ? "" : Notation.literalPrefixOfRegex(regex);
        String rest = regex.substring(escapedLength(regex, prefix));
        boolean word = rest.isEmpty() || rest.startsWith(" ") || rest.startsWith("\\s");
        return new MessagePattern(regex, compiled, null, renamed.fieldNames(), renamed.groupNames(), prefix, word,
                RawRegex.requiredText(regex));
    }

    /**
     * Text every matching message contains (the notation's longest literal word, a raw regex's longest literal
     * run), or null when none is certain. A message without it cannot match, which a substring search tells
     * faster than matching.
     */
    public String requiredText() {
        return requiredText;
    }

    /**
     * The fields of a matching message, trimmed, in pattern order, in a new map the caller may add to; null when
     * the message does not match.
     */
    public Map<String, String> match(CharSequence message) {
        return template != null ? templateMatch(message.toString()) : regexMatch(message);
    }

    /** The fields as the regex finds them: for raw regexes, and what the notation's matcher is held to. */
    Map<String, String> regexMatch(CharSequence message) {
        Matcher m = regex.matcher(message);
        if (!m.matches()) return null;
        Map<String, String> fields = newFields();
        for (int i = 0; i < fieldNames.size(); i++) {
            String v = m.group(groupNames.get(i));
            if (v != null) fields.put(fieldNames.get(i), v.strip());
        }
        return fields;
    }

    private Map<String, String> templateMatch(String message) {
        int[] bounds = template.match(message);
        if (bounds == null) return null;
        Map<String, String> fields = newFields();
        for (int i = 0; i < fieldNames.size(); i++) {
            fields.put(fieldNames.get(i), message.substring(bounds[2 * i], bounds[2 * i + 1]).strip());
        }
        return fields;
    }

    /** Room for the fields the engine adds (sensor details, assert) without growing the map. */
    private Map<String, String> newFields() {
        return new LinkedHashMap<>(fieldNames.size() * 2 + 8);
    }

    /** True when this pattern is the guide's notation, matched without the regex. */
    boolean hasTemplate() {
        return template != null;
    }

    /** True when the message matches, without extracting fields. */
    public boolean matches(CharSequence message) {
        return template != null ? template.match(message.toString()) != null : regex.matcher(message).matches();
    }

    /** How many characters of {@code regex} spell {@code prefix}; longer than it when escapes were used. */
    private static int escapedLength(String regex, String prefix) {
        int i = 0;
        for (int k = 0; k < prefix.length(); k++) {
            if (regex.charAt(i) == '\\') i++;
            i++;
        }
        return i;
    }

    /**
     * The message's first word when the pattern fixes it (the index looks a message up by its first word);
     * null when the first word is variable or only partly fixed.
     */
    public String firstWord() {
        return firstWord;
    }

    /** The notation or regex this was compiled from. */
    public String source() {
        return source;
    }

    /** The compiled regex. Its group names may differ from the field names: read fields with {@link #match}. */
    public Pattern regex() {
        return regex;
    }

    public List<String> fieldNames() {
        return fieldNames;
    }

    /** Text every matching message starts with; empty when the pattern starts with a variable. */
    public String literalPrefix() {
        return literalPrefix;
    }

    @Override
    public String toString() {
        return source;
    }
}
