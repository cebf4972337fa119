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
}
