package io.hsmlog.knowledge.validate;

import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.Origin;
import io.hsmlog.knowledge.Sensor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Logs write a sensor's text with spaces or underscores, so two rows whose texts differ only so would be
 * indistinguishable; and a sensor with thresholds needs the unit its readings are in.
 */
final class SensorCheck implements KnowledgeCheck {
    @Override
    public void check(Knowledge knowledge, List<Problem> problems) {
        Map<String, Origin> seen = new HashMap<>();
        for (Sensor s : knowledge.sensors()) {
            String what = "sensor '" + s.text() + "'";
            Origin first = seen.putIfAbsent(s.key(), s.origin());
            if (first != null) {
                problems.add(new Problem(s.origin(), what + ": the same sensor as the one at " + first));
            }
            if (!s.thresholds().isEmpty() && (s.measure() == null || s.unit() == null)) {
                problems.add(new Problem(s.origin(), what + ": a sensor with thresholds needs 'measure' and 'unit'"));
            }
        }
    }
}
