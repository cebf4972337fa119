package io.hsmlog.knowledge.load;

import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.InterpretationRule;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.Sensor;
import io.hsmlog.knowledge.TrapRule;
import io.hsmlog.knowledge.correlation.Correlation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays knowledge layers over each other. An item whose id is already known replaces the earlier one in its place
 * (the whole item: nothing of the earlier one is kept); a new item is added. Interpretation rules apply in order,
 * first match wins, so a layer's new rules go before all earlier ones: otherwise the built-in catch-all would
 * shadow them.
 */
final class Overlay {
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, Sensor> sensors = new LinkedHashMap<>();
    private final Map<String, TrapRule> trapRules = new LinkedHashMap<>();
    private final List<InterpretationRule> interpretation = new ArrayList<>();
    private final Map<String, Correlation> correlations = new LinkedHashMap<>();

    void add(Knowledge layer) {
        for (Entry e : layer.entries()) entries.put(e.id(), e);
        for (Sensor s : layer.sensors()) sensors.put(s.key(), s);
        for (TrapRule r : layer.trapRules()) trapRules.put(r.id(), r);
        for (Correlation c : layer.correlations()) correlations.put(c.id(), c);
        List<InterpretationRule> added = new ArrayList<>();
        for (InterpretationRule r : layer.interpretation()) {
            int at = indexOf(r.id());
            if (at >= 0) interpretation.set(at, r);
            else added.add(r);
        }
        interpretation.addAll(0, added);
    }

    Knowledge result() {
        return new Knowledge(List.copyOf(entries.values()), List.copyOf(sensors.values()),
                List.copyOf(trapRules.values()), interpretation, List.copyOf(correlations.values()));
    }

    private int indexOf(String id) {
        for (int i = 0; i < interpretation.size(); i++) {
            if (interpretation.get(i).id().equals(id)) return i;
        }
        return -1;
    }
}
