package io.hsmlog.knowledge.validate;

import io.hsmlog.knowledge.Case;
import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.Example;
import io.hsmlog.knowledge.InterpretationRule;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.Origin;

import java.util.List;

/** What an assessment shows must say something, and every entry must quote at least one line it matches. */
final class EmptyTextCheck implements KnowledgeCheck {
    @Override
    public void check(Knowledge knowledge, List<Problem> problems) {
        for (Entry e : knowledge.entries()) {
            String what = "entry '" + e.id() + "'";
            required(what, "title", e.title(), e.origin(), problems);
            required(what, "source", e.source(), e.origin(), problems);
            required(what, "meaning", e.meaning(), e.origin(), problems);
            required(what, "action", e.action(), e.origin(), problems);
            if (e.examples().isEmpty()) {
                problems.add(new Problem(e.origin(), what + ": 'examples' is empty: quote the guide's example lines"));
            }
            for (Example x : e.examples()) blankExample(what, x, problems);
            for (Example x : e.counterExamples()) blankExample(what, x, problems);
            for (int i = 0; i < e.cases().size(); i++) {
                Case c = e.cases().get(i);
                String inCase = what + ", case " + (i + 1);
                if (c.action() != null) required(inCase, "action", c.action(), c.origin(), problems);
                if (c.meaning() != null) required(inCase, "meaning", c.meaning(), c.origin(), problems);
            }
        }
        for (InterpretationRule r : knowledge.interpretation()) {
            String what = "interpretation rule '" + r.id() + "'";
            required(what, "meaning", r.meaning(), r.origin(), problems);
            required(what, "action", r.action(), r.origin(), problems);
        }
    }

    private static void required(String what, String key, String value, Origin origin, List<Problem> problems) {
        if (value == null || value.isBlank()) problems.add(new Problem(origin, what + ": '" + key + "' is empty"));
    }

    private static void blankExample(String what, Example x, List<Problem> problems) {
        if (x.text().isBlank()) problems.add(new Problem(x.origin(), what + ": an example is empty"));
    }
}
