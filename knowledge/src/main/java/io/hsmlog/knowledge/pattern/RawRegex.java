package io.hsmlog.knowledge.pattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What MessagePattern needs to know about a raw regex before compiling it. */
final class RawRegex {
    record Renamed(String regex, List<String> fieldNames, List<String> groupNames) {
    }

    private static final Pattern FIELD_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");
    /** Flags set inside a regex, {@code (?i)} or {@code (?i:...)}: they change what its literal text matches. */
    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]*[a-zA-Z][a-zA-Z-]*[:)]");

    private RawRegex() {
    }

    /**
     * Gives every named group {@code (?<field>...)} a legal Java group name, so a regex may name its fields as
     * the notation does ({@code threshold_value}). Escapes, {@code \Q...\E} and character classes are skipped.
     */
    static Renamed renameGroups(String regex) throws PatternException {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        List<String> fields = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> taken = new HashSet<>();
        int classDepth = 0;
        int n = regex.length();
        for (int i = 0; i < n; i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < n) {
                int end = i + 2;
                if (regex.charAt(i + 1) == 'Q') {
                    int e = regex.indexOf("\\E", i + 2);
                    end = e < 0 ? n : e + 2;
                }
                out.append(regex, i, end);
                i = end - 1;
                continue;
            }
            if (c == '[') classDepth++;
            else if (c == ']' && classDepth > 0) classDepth--;
            else if (classDepth == 0 && regex.startsWith("(?<", i) && i + 3 < n && Character.isLetter(regex.charAt(i + 3))) {
                int close = regex.indexOf('>', i + 3);
                String field = close < 0 ? "" : regex.substring(i + 3, close);
                if (!FIELD_NAME.matcher(field).matches()) {
                    throw new PatternException("regex has a malformed group name at index " + i
                            + ": a name is letters, digits and _, starting with a letter");
                }
                if (!seen.add(field)) throw new PatternException("regex names the group <" + field + "> twice");
                String group = GroupNames.forField(field, taken);
                fields.add(field);
                groups.add(group);
                out.append("(?<").append(group).append('>');
                i = close;
                continue;
            }
            out.append(c);
        }
        return new Renamed(out.toString(), List.copyOf(fields), List.copyOf(groups));
    }

    /** True when {@code |} splits the whole regex, so no literal text is common to every match. */
    static boolean hasTopLevelAlternation(String regex) {
        int depth = 0;
        int classDepth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth == 0) {
                if (c == '(') depth++;
                else if (c == ')') depth--;
                else if (c == '|' && depth == 0) return true;
            }
        }
        return false;
    }

    /**
     * The longest run of literal text that every match contains, or null when none is certain: only text outside
     * groups and character classes counts, a character a quantifier makes optional or repeats ends a run, and a
     * regex with inline flags (case-insensitive, say) or a top-level alternation has none.
     */
    static String requiredText(String regex) {
        if (hasTopLevelAlternation(regex) || INLINE_FLAGS.matcher(regex).find()) return null;
        String longest = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        int n = regex.length();
        for (int i = 0; i < n; i++) {
            char c = regex.charAt(i);
            Character literal = null;
            if (c == '\\') {
                if (i + 1 < n && !Character.isLetterOrDigit(regex.charAt(i + 1))) literal = regex.charAt(i + 1);
                else if (i + 1 < n && regex.charAt(i + 1) == 'Q') return null; // quoting: rare, not worth reading
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && ".^$?*+{}|".indexOf(c) < 0) {
                literal = c;
            }
            if (literal != null && depth == 0) {
                int next = i + 1;
                boolean quantified = next < n && "?*+{".indexOf(regex.charAt(next)) >= 0;
                if (!quantified) {
                    run.append(literal.charValue());
                    continue;
                }
            }
            if (run.length() > longest.length()) longest = run.toString();
            run.setLength(0);
        }
        if (run.length() > longest.length()) longest = run.toString();
        return longest.isEmpty() ? null : longest;
    }


    /** The index of the ']' closing the character class opened at {@code open}. */
    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') i++;
        if (i < regex.length() && regex.charAt(i) == ']') i++; // a ']' first in the class is literal
        int nested = 0;
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') nested++;
            else if (c == ']' && nested-- == 0) return i;
        }
        return regex.length();
    }
}
