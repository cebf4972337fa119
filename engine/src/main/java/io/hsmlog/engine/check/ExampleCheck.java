package io.hsmlog.engine.check;

import io.hsmlog.engine.match.TemplateIndex;
import io.hsmlog.engine.parse.LineParser;
import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.Example;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.validate.KnowledgeCheck;
import io.hsmlog.knowledge.validate.Problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every entry's examples are tests: each must be read by the engine's own parser and matcher as exactly that
 * entry, and no counter-example may match it.
 */
public final class ExampleCheck implements KnowledgeCheck {
    /** The guide dates its examples 2012 Feb 29, so lines without a year are read in a leap year. */
    private static final LineParser PARSER = new LineParser(2012);

    @Override
    public void check(Knowledge knowledge, List<Problem> problems) {
        TemplateIndex index = new TemplateIndex(knowledge.entries());
        for (Entry e : knowledge.entries()) {
            for (Example x : e.examples()) {
                LogEvent event = PARSER.parse(1, x.text());
                if (event.garbage() != null) {
                    problems.add(new Problem(x.origin(), "example of '" + e.id() + "' is not a log line: " + event.garbage()));
                    continue;
                }
                List<Entry> matched = index.matchAll(event);
                if (!matched.contains(e)) {
                    problems.add(new Problem(x.origin(), "example does not match its own entry '" + e.id() + "'"
                            + describe(event) + (matched.isEmpty() ? "" : "; it matches " + ids(matched))));
                } else if (matched.size() > 1) {
                    problems.add(new Problem(x.origin(), "example of '" + e.id() + "' also matches "
                            + ids(matched.stream().filter(m -> m != e).toList()) + ": the entries are ambiguous"));
                }
            }
            for (Example x : e.counterExamples()) {
                LogEvent event = PARSER.parse(1, x.text());
                if (index.matchAll(event).contains(e)) {
                    problems.add(new Problem(x.origin(), "counter-example matches '" + e.id() + "', which it must not"));
                }
            }
        }
    }

    private static String describe(LogEvent e) {
        return " (process '" + e.processKey() + "', severity '" + e.severity() + "', message '" + e.message() + "')";
    }

    private static String ids(List<Entry> entries) {
        return entries.stream().map(m -> "'" + m.id() + "'").collect(Collectors.joining(", "));
    }
}
