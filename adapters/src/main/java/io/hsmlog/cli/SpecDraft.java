package io.hsmlog.cli;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.parse.LineReader;
import io.hsmlog.knowledge.Priority;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A draft feature file from a log excerpt: one scenario per significant line, or per short run of lines the same
 * entry describes, expecting what the engine assesses today. Staff review it against the guide before keeping it.
 */
final class SpecDraft {
    /** At most this many consecutive lines of one entry share a scenario, so each stays short enough to review. */
    static final int MAX_GROUP = 5;
    private static final String INDENT = "  ";

    private final String name;
    private final String origin;
    private final boolean all;

    /**
     * @param name   the feature's name
     * @param origin where the lines come from, for comments (a file name)
     * @param all    include routine lines (priority info, no trap) too
     */
    SpecDraft(String name, String origin, boolean all) {
        this.name = name;
        this.origin = origin;
        this.all = all;
    }

    /** Writes the draft for {@code lines} and their assessments, the one for line n at index n - 1. */
    void write(PrintStream out, List<byte[]> lines, List<Assessment> assessments) {
        int kept = 0;
        for (Assessment a : assessments) if (significant(a)) kept++;
        out.println("# Draft written by `hsmlog spec " + Gherkin.oneLine(origin) + "` from what hsmlog assesses today.");
        out.println("# Check every expectation against the guide before keeping it: a spec states what the guide says.");
        out.println("# Then save it in features/specs/ and run it (see features/README.md).");
        if (!all && kept < assessments.size()) {
            out.println("# " + (assessments.size() - kept) + " of " + assessments.size()
                    + " lines are routine (priority info, no trap) and left out; --all includes them.");
        }
        out.println("Feature: " + Gherkin.oneLine(name));
        int i = 0;
        while (i < assessments.size()) {
            if (!significant(assessments.get(i))) {
                i++;
                continue;
            }
            int end = groupEnd(assessments, i);
            out.println();
            scenario(out, lines.subList(i, end), assessments.subList(i, end));
            i = end;
        }
    }

    private boolean significant(Assessment a) {
        return all || a.priority() != Priority.INFO || a.trap() != null;
    }

    /** The end (exclusive) of the run of lines starting at {@code from} that one scenario covers. */
    private int groupEnd(List<Assessment> assessments, int from) {
        String entry = assessments.get(from).entry();
        int end = from + 1;
        while (entry != null && end < assessments.size() && end - from < MAX_GROUP
                && significant(assessments.get(end)) && entry.equals(assessments.get(end).entry())) {
            end++;
        }
        return end;
    }

    private void scenario(PrintStream out, List<byte[]> lines, List<Assessment> group) {
        Assessment first = group.get(0);
        long firstLine = first.line();
        long lastLine = group.get(group.size() - 1).line();
        String where = firstLine == lastLine ? "Line " + firstLine : "Lines " + firstLine + "-" + lastLine;
        out.println(INDENT + "Scenario: " + where + ": " + Gherkin.oneLine(subject(first)));
        given(out, lines, group);
        out.println(INDENT + INDENT + (group.size() == 1 ? "When it is assessed" : "When they are assessed"));
        String keyword = "Then";
        for (int k = 0; k < group.size(); k++) {
            String subject = group.size() == 1 ? null : "line " + (k + 1);
            for (String expectation : expectations(group.get(k), subject)) {
                out.println(INDENT + INDENT + keyword + " " + expectation);
                keyword = "And";
            }
        }
    }

    /** The lines as a doc string, except lines a doc string cannot hold, which are given as bytes. */
    private static void given(PrintStream out, List<byte[]> lines, List<Assessment> group) {
        String step = INDENT + INDENT;
        String keyword = "Given";
        int k = 0;
        while (k < lines.size()) {
            if (asText(lines.get(k), group.get(k)) == null) {
                byte[] bytes = lines.get(k);
                if (bytes.length > LineReader.MAX_LINE_BYTES) {
                    out.println(step + "# " + bytes.length + " bytes, more than a line may have: only the length matters");
                    out.println(step + keyword + " a line of " + bytes.length + " \"x\" characters");
                } else {
                    out.println(step + keyword + " a line with the bytes \"" + Gherkin.hex(bytes) + "\"");
                }
                keyword = "And";
                k++;
                continue;
            }
            out.println(step + keyword + " the log lines:");
            out.println(step + INDENT + "\"\"\"");
            String text;
            while (k < lines.size() && (text = asText(lines.get(k), group.get(k))) != null) {
                out.println(step + INDENT + Gherkin.docStringLine(text));
                k++;
            }
            out.println(step + INDENT + "\"\"\"");
            keyword = "And";
        }
    }

    /** The line as doc string text, or null when only its bytes say it faithfully. */
    private static String asText(byte[] bytes, Assessment a) {
        if (a.event().isGarbage()) return null;
        String text = new String(bytes, StandardCharsets.UTF_8);
        return Gherkin.fitsDocString(text) ? text : null;
    }

    /** What a scenario is about, for its name: the guide's heading, or why no entry applies. */
    private static String subject(Assessment a) {
        if (a.event().isGarbage()) return "not a log line (" + a.event().garbage() + ")";
        if (a.title() != null) return a.title();
        String process = a.event().process();
        return "not in the guide" + (process == null ? "" : " (" + process + ")");
    }

    /** The current assessment as steps; {@code subject} is null for a scenario's only line, else "line 2". */
    private static List<String> expectations(Assessment a, String subject) {
        String it = subject == null ? "it" : subject;
        String the = subject == null ? "the" : subject;
        List<String> steps = new ArrayList<>();
        if (a.event().isGarbage()) {
            steps.add(it + " is garbage because " + Gherkin.quoted(a.event().garbage()));
        } else if (a.entry() == null) {
            steps.add("no entry describes " + it);
        } else {
            steps.add(the + " entry is " + Gherkin.quoted(a.entry()));
        }
        if (!a.source().equals("syslog") && !a.event().isGarbage()) {
            steps.add(the + " source is " + Gherkin.quoted(a.source()));
        }
        steps.add(it + " is in group " + Gherkin.quoted(a.group().key()));
        steps.add(the + " priority is " + Gherkin.quoted(a.priority().key()));
        String forLine = subject == null ? "" : " for " + subject;
        if (a.trap() == null) {
            steps.add("no trap is sent" + forLine);
        } else {
            steps.add("a trap " + a.trap().notification() + " is sent" + forLine + " with "
                    + (a.trap().assertion() ? "assert" : "de-assert"));
        }
        if (a.test()) steps.add(it + " is a test event");
        return steps;
    }
}
