package io.hsmlog.knowledge;

import io.hsmlog.knowledge.correlation.Correlation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything hsmlog knows, loaded and validated: entries, sensors, trap rules, the generic rules and the
 * correlations that join messages into incidents.
 */
public final class Knowledge {
    private final List<Entry> entries;
    private final Map<String, Entry> byId;
    private final List<Sensor> sensors;
    private final Map<String, Sensor> sensorsByKey;
    private final List<TrapRule> trapRules;
    private final List<InterpretationRule> interpretation;
    private final List<Correlation> correlations;

    /** Knowledge without correlations. */
    public Knowledge(List<Entry> entries, List<Sensor> sensors, List<TrapRule> trapRules,
                     List<InterpretationRule> interpretation) {
        this(entries, sensors, trapRules, interpretation, List.of());
    }

    public Knowledge(List<Entry> entries, List<Sensor> sensors, List<TrapRule> trapRules,
                     List<InterpretationRule> interpretation, List<Correlation> correlations) {
        this.entries = List.copyOf(entries);
        this.correlations = List.copyOf(correlations);
        this.sensors = List.copyOf(sensors);
        this.trapRules = List.copyOf(trapRules);
        this.interpretation = List.copyOf(interpretation);
        Map<String, Entry> ids = new LinkedHashMap<>();
        for (Entry e : this.entries) ids.put(e.id(), e);
        this.byId = Map.copyOf(ids);
        Map<String, Sensor> keys = new LinkedHashMap<>();
        for (Sensor s : this.sensors) keys.put(s.key(), s);
        this.sensorsByKey = Map.copyOf(keys);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entry with this id, or null. */
    public Entry entry(String id) {
        return byId.get(id);
    }

    public List<Sensor> sensors() {
        return sensors;
    }

    /** The sensor a log line names ("Fan3B .", "PSU2_Temp_value."), or null when the table has none. */
    public Sensor sensor(String logged) {
        return sensorsByKey.get(Sensor.keyOf(logged));
    }

    public List<TrapRule> trapRules() {
        return trapRules;
    }

    public List<InterpretationRule> interpretation() {
        return interpretation;
    }

    /** The correlations, in the order they were read. */
    public List<Correlation> correlations() {
        return correlations;
    }
}
