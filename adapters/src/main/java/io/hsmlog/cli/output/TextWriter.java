package io.hsmlog.cli.output;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Finding;
import io.hsmlog.knowledge.Priority;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * A readable report: one line per message, and for anything of medium priority or above, what it means and what
 * to do, so that significant messages stand out. Colour only when writing to a terminal.
 */
public final class TextWriter implements AssessmentWriter {
    private static final java.time.format.DateTimeFormatter STAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final PrintStream out;
    private final boolean colour;
    private final Priority detailFrom;
    private final Map<Priority, Integer> counts = new EnumMap<>(Priority.class);
    private long lines;
    private long traps;
    private long incidents;

    public TextWriter(PrintStream out, boolean colour, Priority detailFrom) {
        this.out = out;
        this.colour = colour;
        this.detailFrom = detailFrom;
    }

    @Override
    public void write(Assessment a) {
        lines++;
        counts.merge(a.priority(), 1, Integer::sum);
        boolean detail = a.priority().atLeast(detailFrom);
        String what = a.event().message().isEmpty() ? a.event().raw() : a.event().message();
        StringBuilder sb = new StringBuilder(160);
        sb.append(String.format("%6d  ", a.line()))
                .append(paint(a.priority(), String.format("%-8s", a.priority().key().toUpperCase(java.util.Locale.ROOT))))
                .append("  ")
                .append(String.format("%-12s", a.component() != null ? a.component() : a.group().key()))
                .append("  ")
                .append(a.test() ? "[TEST] " : "")
                .append(clip(what, 90));
        if (a.event().host() != null) sb.append("  (").append(a.event().host()).append(')');
        out.println(sb);
        if (a.trap() != null) {
            traps++;
            out.println("        trap: " + a.trap().notification() + (a.trap().assertion() ? " assert " : " de-assert ")
                    + clip(a.trap().logReference(), 200));
        }
        if (detail) {
            if (a.title() != null) out.println("        " + a.title() + " (" + a.entry() + ")");
            out.println("        " + a.meaning());
            out.println("        Action: " + a.action());
        }
    }

    /** An incident as a short timeline under the line that completed it. */
    @Override
    public void write(Finding f) {
        incidents++;
        out.println("  >>>   " + paint(f.priority(), String.format("%-8s", f.priority().key().toUpperCase(java.util.Locale.ROOT)))
                + "  INCIDENT  " + f.title() + (f.host() == null ? "" : "  (" + f.host() + ")")
                + (f.open() ? "  [still open at the end of the log]" : ""));
        out.println("        " + clip(f.summary(), 400));
        for (Finding.Moment m : f.timeline()) {
            out.println(String.format("        %6d  %s  %s", m.line(),
                    m.timestamp() == null ? "                   " : STAMP.format(m.timestamp()), clip(m.text(), 100)));
        }
        out.println("        Action: " + clip(f.action(), 400));
    }

    @Override
    public void close() {
        StringBuilder sb = new StringBuilder();
        sb.append(lines).append(lines == 1 ? " line" : " lines");
        java.util.StringJoiner byPriority = new java.util.StringJoiner(", ", ": ", "");
        byPriority.setEmptyValue("");
        for (Priority p : Priority.values()) {
            int n = counts.getOrDefault(p, 0);
            if (n > 0) byPriority.add(n + " " + p.key());
        }
        sb.append(byPriority).append("; ").append(traps).append(traps == 1 ? " trap" : " traps");
        sb.append("; ").append(incidents).append(incidents == 1 ? " incident" : " incidents");
        out.println();
        out.println(sb);
        out.flush();
    }

    private String paint(Priority p, String s) {
        if (!colour) return s;
        String code = switch (p) {
            case CRITICAL -> "\u001b[1;37;41m";
            case HIGH -> "\u001b[1;31m";
            case MEDIUM -> "\u001b[33m";
            case LOW -> "\u001b[36m";
            case INFO -> "\u001b[2m";
        };
        return code + s + "\u001b[0m";
    }

    /** Shortens a message for the one-line view and replaces control characters, which must not reach a terminal. */
    static String clip(String s, int max) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), max + 1));
        for (int i = 0; i < s.length() && sb.length() < max; i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) ? '?' : c);
        }
        if (s.length() > max) sb.append('…');
        return sb.toString();
    }
}
