package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Assessment;
import io.hsmlog.knowledge.correlation.Condition;
import io.hsmlog.knowledge.correlation.Selector;
import io.hsmlog.knowledge.correlation.Step;

import java.util.List;

/**
 * A selector's tests in Java, through the same {@link Occurrence} methods the generated constraints call, so that
 * deciding whether a line is worth inserting cannot disagree with the rules. Ordered cheapest first.
 */
final class Selectors {
    private Selectors() {
    }

    /**
     * The tests that need no attributes (source, trap, priority and component), for a line of one of the
     * selector's entries, or any line when it names none: {@link Relevance} finds the selectors by entry.
     */
    static boolean mayMatch(Selector s, Assessment a) {
        if (s.source() != null && !s.source().equals(a.source())) return false;
        if (s.trap() != null && a.trap() == null) return false;
        if (s.minPriority() != null && !a.priority().atLeast(s.minPriority())) return false; // as urgentAtLeast
        return s.component() == null || s.component().equals(a.component());
    }

    /** True when the line is of the step: one of its selectors, entry included, selects it, as in the rules. */
    static boolean selects(Step step, Occurrence o) {
        for (Selector s : step.anyOf()) {
            if ((s.entries().isEmpty() || s.entries().contains(o.getEntry())) && mayMatch(s, o.assessment())
                    && conditionsHold(s, o)) {
                return true;
            }
        }
        return false;
    }

    /** The selector's conditions on attributes. */
    static boolean conditionsHold(Selector s, Occurrence o) {
        List<Condition> conditions = s.conditions();
        for (int i = 0; i < conditions.size(); i++) { // indexed: no iterator per line on the quick JIT
            if (!holds(conditions.get(i), o)) return false;
        }
        return true;
    }

    static boolean holds(Condition c, Occurrence o) {
        return switch (c.op()) {
            case EQUALS -> c.values().contains(o.attr(c.attribute()));
            case STARTS_WITH -> o.startsWith(c.attribute(), c.values().get(0));
            case MENTIONS -> o.mentions(c.attribute(), c.values().get(0));
            case AT_MOST -> o.atMost(c.attribute(), c.number().toPlainString());
            case AT_LEAST -> o.atLeast(c.attribute(), c.number().toPlainString());
        };
    }
}
