package io.hsmlog.knowledge.pattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiles the guide's notation: literal text with {@code <name>} or {@code <name:type>} placeholders. */
final class Notation {
    record Compiled(Pattern regex, TemplateMatcher matcher, List<String> fieldNames, List<String> groupNames,
                    String literalPrefix, boolean prefixIsWord, String longestLiteral) {
    }

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");

    private Notation() {
    }

    static Compiled compile(String notation) throws PatternException {
        if (notation == null || notation.isBlank()) throw new PatternException("pattern is empty");
        StringBuilder re = new StringBuilder(notation.length() * 2);
        List<String> names = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<TemplateMatcher.Element> elements = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> taken = new HashSet<>();
        StringBuilder prefix = new StringBuilder();
        boolean prefixOpen = true;
        boolean lastWasPlaceholder = false;
        boolean prefixIsWord = false;
        String longest = "";
        int i = 0;
        int n = notation.length();
        while (i < n) {
            char ch = notation.charAt(i);
            int close = ch == '<' ? placeholderEnd(notation, i) : -1;
            if (close > 0) {
                String inside = notation.substring(i + 1, close).strip();
                int colon = inside.indexOf(':');
                String name = (colon < 0 ? inside : inside.substring(0, colon)).strip();
                String typeName = colon < 0 ? "text" : inside.substring(colon + 1).strip();
                PlaceholderType type = PlaceholderType.named(typeName);
                if (!NAME.matcher(name).matches()) {
                    throw new PatternException("placeholder <" + inside + "> at column " + (i + 1)
                            + ": a name is letters, digits and _, starting with a letter");
                }
                if (type == null) {
                    throw new PatternException("placeholder <" + inside + "> at column " + (i + 1)
                            + ": unknown type '" + typeName + "' (known: " + PlaceholderType.known() + ")");
                }
                if (!seen.add(name)) {
                    throw new PatternException("placeholder <" + name + "> appears twice");
                }
                if (lastWasPlaceholder) {
                    throw new PatternException("placeholder <" + inside + "> at column " + (i + 1)
                            + " follows another placeholder with no literal text between them: where one ends is ambiguous");
                }
                boolean atEnd = close == n - 1 || notation.substring(close + 1).isBlank();
                String body = type.regex(atEnd);
                String group = GroupNames.forField(name, taken);
                re.append("(?<").append(group).append('>').append(body).append(')');
                elements.add(new TemplateMatcher.Field(type, type == PlaceholderType.TEXT && atEnd));
                names.add(name);
                groups.add(group);
                prefixOpen = false;
                lastWasPlaceholder = true;
                i = close + 1;
            } else if (Character.isWhitespace(ch)) {
                int j = i;
                while (j < n && Character.isWhitespace(notation.charAt(j))) j++;
                // Leading or trailing blanks in the pattern match optional blanks in the message.
                re.append(i == 0 || j == n ? "\\s*" : "\\s+");
                elements.add(new TemplateMatcher.Blanks(i == 0 || j == n));
                if (prefixOpen && i > 0) prefixIsWord = true; // the first word is all literal text
                prefixOpen = false;
                lastWasPlaceholder = false;
                i = j;
            } else {
                int j = i;
                while (j < n && !Character.isWhitespace(notation.charAt(j))
                        && !(notation.charAt(j) == '<' && placeholderEnd(notation, j) > 0)) j++;
                String literal = notation.substring(i, j);
                re.append(Pattern.quote(literal));
                elements.add(new TemplateMatcher.Literal(literal));
                if (literal.length() > longest.length()) longest = literal;
                if (prefixOpen) prefix.append(literal);
                lastWasPlaceholder = false;
                i = j;
            }
        }
        try {
            if (prefixOpen) prefixIsWord = true; // the whole pattern is one literal word
            return new Compiled(Pattern.compile(re.toString()), new TemplateMatcher(elements), List.copyOf(names),
                    List.copyOf(groups), prefix.toString(), prefixIsWord, longest);
        } catch (PatternSyntaxException e) {
            throw new PatternException("pattern does not compile: " + e.getDescription());
        }
    }

    /** Index of the '>' closing a placeholder opened at {@code open}, or -1 when the '<' is literal text. */
    private static int placeholderEnd(String s, int open) {
        int close = s.indexOf('>', open + 1);
        if (close < 0) return -1;
        String inside = s.substring(open + 1, close);
        if (inside.isBlank() || inside.indexOf('<') >= 0) return -1;
        // Placeholders are names with an optional type: "<reading:number>". Anything else, such as the
        // comparison in "(Reading 0 < Threshold 2000 RPM)", is literal text.
        return inside.strip().matches("[a-zA-Z][a-zA-Z0-9_]*(\\s*:\\s*[a-z]+)?") ? close : -1;
    }

    /** The literal text a raw regex starts with, up to its first metacharacter or blank. */
    static String literalPrefixOfRegex(String regex) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == ',' || c == '\'' || c == '"' || c == '/' || c == '=') {
                sb.append(c);
            } else if (c == '\\' && i + 1 < regex.length() && "[]().*+?{}|^$\\".indexOf(regex.charAt(i + 1)) >= 0) {
                sb.append(regex.charAt(++i));
            } else {
                break;
            }
        }
        // A quantifier right after the prefix would make its last character optional.
        if (!sb.isEmpty() && prefixFollowedByQuantifier(regex, sb.toString())) sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static boolean prefixFollowedByQuantifier(String regex, String prefix) {
        int consumed = 0;
        int i = 0;
        while (i < regex.length() && consumed < prefix.length()) {
            if (regex.charAt(i) == '\\') i++;
            i++;
            consumed++;
        }
        return i < regex.length() && "*?{+".indexOf(regex.charAt(i)) >= 0;
    }
}
