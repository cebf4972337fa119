package io.hsmlog.guide.derive;

import java.util.List;

/** Writes a draft entries file as YAML in the layout of knowledge/README.md, every string double-quoted. */
public final class YamlDraftWriter {

    private YamlDraftWriter() {
    }

    public static String write(DraftFile file) {
        StringBuilder y = new StringBuilder();
        file.comments().forEach(c -> y.append("# ").append(c).append('\n'));
        y.append("component: ").append(file.component()).append('\n');
        y.append("processes: ").append(list(file.processes())).append('\n');
        if (file.facility() != null) {
            y.append("facility: ").append(quote(file.facility())).append('\n');
        }
        if (file.logFile() != null) {
            y.append("log_file: ").append(quote(file.logFile())).append('\n');
        }
        y.append("\nentries:\n");
        for (DraftEntry e : file.entries()) {
            entry(y, e);
        }
        return y.toString();
    }

    private static void entry(StringBuilder y, DraftEntry e) {
        y.append("  - id: ").append(quote(e.id())).append('\n');
        key(y, "title", quote(e.title()));
        key(y, "source", quote(e.source()));
        key(y, "group", e.group() == null ? "null" : e.group());
        key(y, "pattern", quote(e.pattern()));
        if (e.event() != null) {
            key(y, "event", e.event());
        }
        if (!e.severities().isEmpty()) {
            key(y, "severities", "[" + String.join(", ", e.severities()) + "]");
        }
        key(y, "meaning", quote(e.meaning()));
        key(y, "priority", e.priority());
        key(y, "action", quote(e.action()));
        if (!e.cases().isEmpty()) {
            y.append("    cases:\n");
            for (DraftEntry.DraftCase c : e.cases()) {
                y.append("      - when: { assert: ").append(c.assertion()).append(" }\n");
                y.append("        priority: ").append(c.priority()).append('\n');
                y.append("        action: ").append(quote(c.action())).append('\n');
            }
        }
        if (!e.processes().isEmpty()) {
            key(y, "processes", list(e.processes()));
        }
        if (e.facility() != null) {
            key(y, "facility", quote(e.facility()));
        }
        if (e.logFile() != null) {
            key(y, "log_file", quote(e.logFile()));
        }
        if (e.notes() != null) {
            key(y, "notes", quote(e.notes()));
        }
        y.append("    examples:\n");
        e.examples().forEach(x -> y.append("      - ").append(quote(x)).append('\n'));
        y.append('\n');
    }

    private static void key(StringBuilder y, String key, String value) {
        y.append("    ").append(key).append(": ").append(value).append('\n');
    }

    private static String list(List<String> values) {
        return "[" + String.join(", ", values.stream().map(YamlDraftWriter::quote).toList()) + "]";
    }

    /** A YAML double-quoted scalar. */
    public static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\t' -> q.append("\\t");
                case '\n' -> q.append("\\n");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\x%02x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
