package io.hsmlog.knowledge.validate;

import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.InterpretationRule;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.TrapRule;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Ids are stable references (users override by id, reports cite it): lower-case dot-separated words, and an
 * entry's id starts with its component so ids from different files cannot collide by accident.
 */
final class IdFormatCheck implements KnowledgeCheck {
    static final Pattern ID = Pattern.compile("^[a-z0-9-]+(\\.[a-z0-9-]+)+$");
    private static final String RULE = "lower-case letters, digits and '-', in two or more dot-separated parts";

    @Override
    public void check(Knowledge knowledge, List<Problem> problems) {
        for (Entry e : knowledge.entries()) {
            if (!ID.matcher(e.id()).matches()) {
                problems.add(new Problem(e.origin(), "entry '" + e.id() + "': an id is " + RULE));
            } else if (!e.id().startsWith(e.component().key() + ".")) {
                problems.add(new Problem(e.origin(), "entry '" + e.id() + "': the id must start with its component, '"
                        + e.component().key() + ".'"));
            }
        }
        for (TrapRule r : knowledge.trapRules()) {
            if (!ID.matcher(r.id()).matches()) {
                problems.add(new Problem(r.origin(), "trap rule '" + r.id() + "': an id is " + RULE));
            }
        }
        for (InterpretationRule r : knowledge.interpretation()) {
            if (!ID.matcher(r.id()).matches()) {
                problems.add(new Problem(r.origin(), "interpretation rule '" + r.id() + "': an id is " + RULE));
            }
        }
    }
}
