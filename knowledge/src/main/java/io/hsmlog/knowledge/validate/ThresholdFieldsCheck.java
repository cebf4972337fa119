package io.hsmlog.knowledge.validate;

import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.EventKind;
import io.hsmlog.knowledge.Knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * A threshold event is an assert or a de-assert according to its reading (Chapter 3, "Full Sensor Record
 * Threshold Reading"), so its pattern must capture what that decision and the report need.
 */
final class ThresholdFieldsCheck implements KnowledgeCheck {
    static final List<String> FIELDS = List.of("sensor", "threshold", "reading", "comparison", "threshold_value");

    @Override
    public void check(Knowledge knowledge, List<Problem> problems) {
        for (Entry e : knowledge.entries()) {
            if (e.event() != EventKind.THRESHOLD) continue;
            List<String> missing = new ArrayList<>(FIELDS);
            missing.removeAll(e.compiled().fieldNames());
            if (!missing.isEmpty()) {
                problems.add(new Problem(e.origin(), "entry '" + e.id() + "': an 'event: threshold' entry must capture "
                        + String.join(", ", FIELDS) + "; the pattern lacks " + String.join(", ", missing)));
            }
        }
    }
}
