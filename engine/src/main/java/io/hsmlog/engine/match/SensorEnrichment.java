package io.hsmlog.engine.match;

import io.hsmlog.knowledge.EventKind;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.Sensor;
import io.hsmlog.knowledge.Threshold;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Adds what Chapter 3, Table 1 says about the sensor an IPMI threshold message names: where it is, which
 * threshold was crossed, and the value the table expects for it.
 */
public final class SensorEnrichment {
    private final Knowledge knowledge;

    public SensorEnrichment(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public void enrich(Match match) {
        if (match.entry().event() != EventKind.THRESHOLD) return;
        Map<String, String> f = match.fields();
        String name = f.get("sensor");
        Threshold threshold = f.get("threshold") == null ? null : Threshold.fromPhrase(f.get("threshold"));
        if (threshold != null) f.put("threshold_kind", threshold.name());
        Sensor sensor = name == null ? null : knowledge.sensor(name);
        if (sensor == null) return;
        f.put("sensor_location", sensor.location());
        if (sensor.type() != null) f.put("sensor_type", sensor.type());
        if (sensor.unit() != null) f.put("sensor_unit", sensor.unit());
        BigDecimal expected = threshold == null ? null : sensor.thresholds().get(threshold);
        if (expected != null) f.put("table_threshold", expected.toPlainString());
    }
}
