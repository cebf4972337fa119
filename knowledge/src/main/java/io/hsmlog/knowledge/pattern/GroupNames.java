package io.hsmlog.knowledge.pattern;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Java regex group names are letters and digits only, but field names may contain {@code _}
 * ({@code threshold_value}). A field whose name Java accepts keeps it as its group name; any other gets a
 * legal name of its own, and the pattern maps the group back to the field.
 */
final class GroupNames {
    private static final Pattern JAVA_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    private GroupNames() {
    }

    /** A group name for {@code field} not in {@code taken}; adds it to {@code taken}. */
    static String forField(String field, Set<String> taken) {
        String name = JAVA_NAME.matcher(field).matches() ? field : field.replace("_", "") + "U";
        String candidate = name;
        for (int i = 2; taken.contains(candidate); i++) candidate = name + i;
        taken.add(candidate);
        return candidate;
    }
}
