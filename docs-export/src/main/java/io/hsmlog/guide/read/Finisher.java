package io.hsmlog.guide.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes the examples once the whole guide is read, since what explains an example (its meaning,
 * its footnotes, the trap it causes) is printed after it.
 */
final class Finisher {

    private static final Pattern MARKER = Pattern.compile("(?<=\\S)(\\*{1,5})(?=[\\s:]|$)|\\s+(\\*{1,5})$");
    private static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z]\\w*");
    private static final Pattern NOTIFY = Pattern.compile("(\\w+AttentionNotify)\\b");
    private static final Pattern REFERENCE_FLAG = Pattern.compile("/ ([01])]$");
    private static final Pattern CORRESPONDS = Pattern.compile("correspond to the (\\w+) NOTIFICATION-TYPE");
    private static final Pattern STATED = Pattern.compile(
            "the ([a-z, ]+?) examples create assert events; the ([a-z, ]+?) examples,? de-assert events");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");

    private final List<ExampleDraft> drafts;
    private final List<Paragraph> paragraphs;
    private final List<Footnote> footnotes;
    private final Judgements judgements;

    Finisher(List<ExampleDraft> drafts, List<Paragraph> paragraphs, List<Footnote> footnotes,
             Judgements judgements) {
        this.drafts = drafts;
        this.paragraphs = paragraphs;
        this.footnotes = footnotes;
        this.judgements = judgements;
    }

    List<GuideExample> finish() {
        for (ExampleDraft d : drafts) {
            if (d.kind == ExampleKind.SYSLOG) {
                footnotes(d);
                remarks(d);
            }
            d.meaning = meaning(d);
        }
        testEvents();
        traps();
        checkNotificationNames();
        return drafts.stream()
                .sorted(Comparator.comparingInt(ExampleDraft::firstLine))
                .map(d -> d.toExample(group(d)))
                .toList();
    }

    private static String group(ExampleDraft d) {
        int chapter = d.position.chapter();
        return chapter == 3 || chapter == 4 ? Catalog.group(d.position) : null;
    }

    private void footnotes(ExampleDraft d) {
        Matcher m = MARKER.matcher(d.text);
        StringBuilder out = new StringBuilder();
        List<String> notes = new ArrayList<>();
        boolean changed = false;
        while (m.find()) {
            String marker = m.group(1) != null ? m.group(1) : m.group(2);
            Footnote f = footnoteFor(d, marker);
            if (f == null) {
                continue;
            }
            m.appendReplacement(out, "");
            notes.add(f.text());
            judgements.keep(d.firstLine() - 1, d.text, String.format(Judgements.FOOTNOTE, marker, f.line(), f.text()));
            changed = true;
        }
        if (changed) {
            m.appendTail(out);
            d.printed = d.text;
            d.text = out.toString();
            d.footnote = String.join(" / ", notes);
        }
    }

    private Footnote footnoteFor(ExampleDraft d, String marker) {
        return footnotes.stream()
                .filter(f -> f.marker().equals(marker) && f.line() > d.lastLine()
                        && f.position().sameSubsection(d.position))
                .min(Comparator.comparingInt(Footnote::line))
                .orElse(null);
    }

    private void remarks(ExampleDraft d) {
        LogLine line = LogLine.parse(d.text);
        int at = d.firstLine() - 1;
        if (line == null) {
            return;
        }
        if (line.headerWords().size() > 2) {
            judgements.keep(at, d.text, String.format(Judgements.HEADER_REPEAT, String.join(" ", line.headerWords())));
        } else if (line.headerWords().isEmpty()) {
            judgements.keep(at, d.text, Judgements.HEADER_BARE);
        }
        if (!Character.isDigit(d.text.charAt(0))) {
            judgements.keep(at, d.text, Judgements.NO_YEAR);
        }
        Matcher v = VARIABLE.matcher(line.message());
        if (v.find()) {
            judgements.keep(at, d.text, String.format(Judgements.VARIABLE, v.group()));
        }
    }

    private String meaning(ExampleDraft d) {
        Paragraph before = null;
        Paragraph after = null;
        for (Paragraph p : paragraphs) {
            if (!p.position().sameSubsection(d.position) || p.text().startsWith("NOTE ")) {
                continue;
            }
            if (p.line() < d.firstLine()) {
                before = p;
            } else if (p.line() > d.lastLine() && (after == null || p.line() < after.line())) {
                after = p;
            }
        }
        Paragraph chosen = Catalog.meaningBefore(d.position.chapter())
                ? (before != null ? before : after)
                : (after != null ? after : before);
        return chosen == null ? null : chosen.text();
    }

    /** Test commands: the notification of their subsection; the assert flag stated, else computed. */
    private void testEvents() {
        Map<Integer, List<ExampleDraft>> blocks = new LinkedHashMap<>();
        for (ExampleDraft d : drafts) {
            if (d.kind == ExampleKind.TEST_EVENT) {
                blocks.computeIfAbsent(d.block, b -> new ArrayList<>()).add(d);
            }
        }
        for (List<ExampleDraft> block : blocks.values()) {
            Map<Integer, Boolean> stated = stated(block.get(0));
            for (int k = 0; k < block.size(); k++) {
                ExampleDraft d = block.get(k);
                String message = LogLine.parse(d.text).message();
                boolean computed = AssertRule.asserted(message);
                TrapExpectation.Source source = AssertRule.source(message);
                Boolean said = stated.get(k + 1);
                if (said != null) {
                    if (said != computed) {
                        judgements.keep(d.firstLine() - 1, d.printed,
                                String.format(Judgements.STATED_DIFFERS, said ? "assert" : "de-assert",
                                        computed ? "assert" : "de-assert"));
                    }
                    computed = said;
                    source = TrapExpectation.Source.STATED;
                }
                d.trap = new TrapExpectation(Catalog.notification(d.position.subsection()), computed, source);
            }
        }
    }

    private Map<Integer, Boolean> stated(ExampleDraft first) {
        Map<Integer, Boolean> flags = new HashMap<>();
        for (Paragraph p : paragraphs) {
            if (p.line() > first.firstLine() || !p.position().sameSubsection(first.position)) {
                continue;
            }
            Matcher m = STATED.matcher(p.text());
            if (m.find()) {
                flags.clear();
                ordinals(m.group(1)).forEach(o -> flags.put(o, true));
                ordinals(m.group(2)).forEach(o -> flags.put(o, false));
            }
        }
        return flags;
    }

    private static List<Integer> ordinals(String words) {
        List<Integer> out = new ArrayList<>();
        for (String w : words.split(",\\s*|\\s+and\\s+")) {
            int at = ORDINALS.indexOf(w.strip());
            if (at >= 0) {
                out.add(at + 1);
            }
        }
        return out;
    }

    /** Logged traps carry their flag; a syslog line of Chapter 6 causes the trap shown beside it. */
    private void traps() {
        List<ExampleDraft> logged = drafts.stream().filter(d -> d.kind == ExampleKind.SNMP_TRAP).toList();
        for (ExampleDraft t : logged) {
            Matcher n = NOTIFY.matcher(t.text);
            Matcher f = REFERENCE_FLAG.matcher(t.text);
            if (n.find() && f.find()) {
                t.trap = new TrapExpectation(n.group(1), f.group(1).equals("1"), TrapExpectation.Source.LOG_REFERENCE);
            }
        }
        for (ExampleDraft d : drafts) {
            if (d.kind != ExampleKind.SYSLOG || d.position.chapter() != 6) {
                continue;
            }
            logged.stream()
                    .filter(t -> t.trap != null && java.util.Objects.equals(t.position.section(), d.position.section()))
                    .min(Comparator.comparingInt(t -> Math.abs(t.firstLine() - d.firstLine())))
                    .ifPresent(t -> d.trap = t.trap);
        }
    }

    private void checkNotificationNames() {
        for (Paragraph p : paragraphs) {
            Matcher m = CORRESPONDS.matcher(p.text());
            String expected = Catalog.notification(p.position().subsection());
            if (m.find() && expected != null && !expected.equals(m.group(1))) {
                judgements.keep(p.line() - 1, p.text(), String.format(Judgements.NOTIFICATION, m.group(1), expected));
            }
        }
    }
}
