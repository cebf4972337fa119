package io.hsmlog.guide.read;

import java.util.List;

/**
 * A message the guide quotes, with where it stands and what the guide says about it.
 *
 * @param line       guide line number (1-based) of its first printed line
 * @param lines      all guide lines it was joined from
 * @param text       the joined text, footnote markers removed
 * @param printed    the joined text as printed, footnote markers kept
 * @param kind       what it is an example of
 * @param position   its place in the guide's structure
 * @param component  the component key, or null where the guide's structure names none
 * @param group      the group key (expected, unexpected, significant, insignificant, unlikely, debug), or null
 * @param meaning    the guide's paragraph about it, verbatim, or null
 * @param footnote   the footnote its marker points to, or null
 * @param trap       the trap the guide expects it to cause (Chapter 6), or null
 * @param notes      reader's remarks: joins across page breaks, synthesized headers and the like
 */
public record GuideExample(int line, List<Integer> lines, String text, String printed, ExampleKind kind,
                           Position position, String component, String group, String meaning,
                           String footnote, TrapExpectation trap, List<String> notes) {

    public int chapter() {
        return position.chapter();
    }

    /** "Chapter 3: Open Source Components", "IPMI", "Unlikely Log Messages", "SEL Buffer Overflow". */
    public List<String> sectionPath() {
        return position.path();
    }

    /** The subsection heading, or null. */
    public String subsection() {
        return position.subsection();
    }

    /** The syslog header and message, for SYSLOG and TEST_EVENT examples; null for the others. */
    public LogLine logLine() {
        return kind == ExampleKind.SYSLOG || kind == ExampleKind.TEST_EVENT ? LogLine.parse(text) : null;
    }

    /** The text with each {@code <a | b>} alternation expanded; the text itself where there is none. */
    public List<String> instances() {
        return Alternations.expand(text);
    }
}
