package io.hsmlog.knowledge.load;

import io.hsmlog.knowledge.Sensor;
import io.hsmlog.knowledge.Threshold;
import io.hsmlog.knowledge.validate.Problem;
import io.hsmlog.knowledge.yaml.YamlMap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.hsmlog.knowledge.load.FileReading.context;
import static io.hsmlog.knowledge.load.FileReading.prose;

/** Reads {@code sensors.yaml}: the rows of Chapter 3, Table 1. */
final class SensorsReader {
    static final List<String> FILE_REQUIRED = List.of("sensors");
    static final List<String> FILE_OPTIONAL = List.of("source", "notes");
    static final List<String> SENSOR_REQUIRED = List.of("text", "location", "type");
    static final List<String> SENSOR_OPTIONAL = List.of("measure", "unit", "hysteresis", "thresholds", "notes");
    /** Table 2, "Luna Network HSM 7 Appliance Sensor Types": the types ipmievd logs. */
    static final List<String> TYPES = List.of("Fan", "Temperature", "Voltage", "Power Supply", "OEM");
    /** Thresholds as the table abbreviates them: LNR, LC, UC, UNR. */
    static final List<String> THRESHOLD_NAMES = Arrays.stream(Threshold.values()).map(Threshold::name).toList();

    private final List<Problem> problems;

    SensorsReader(List<Problem> problems) {
        this.problems = problems;
    }

    List<Sensor> read(Source source) {
        YamlMap file = FileReading.open(source, problems);
        if (file == null) return List.of();
        file.checkKeys(FILE_REQUIRED, FILE_OPTIONAL);
        List<Sensor> sensors = new ArrayList<>();
        int index = 0;
        for (YamlMap raw : file.maps("sensors")) {
            Sensor s = readSensor(raw, ++index);
            if (s != null) sensors.add(s);
        }
        return sensors;
    }

    private Sensor readSensor(YamlMap raw, int index) {
        String text = raw.text("text");
        YamlMap m = raw.withContext(context("sensor", text, index));
        m.checkKeys(SENSOR_REQUIRED, SENSOR_OPTIONAL);
        String location = prose(m.text("location"));
        String type = m.choice("type", TYPES, t -> t);
        Map<Threshold, BigDecimal> thresholds = thresholds(m);
        BigDecimal hysteresis = m.decimal("hysteresis");
        if (text == null || text.isBlank() || location == null || type == null || thresholds == null) {
            if (text != null && text.isBlank()) m.report("text", "'text' is empty");
            return null;
        }
        return new Sensor(text.strip(), location, type, blankToNull(m.text("measure")), blankToNull(m.text("unit")),
                hysteresis, thresholds, m.origin());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The sensor's thresholds in table order; null when one is unusable (reported). */
    private static Map<Threshold, BigDecimal> thresholds(YamlMap sensor) {
        Map<Threshold, BigDecimal> out = new EnumMap<>(Threshold.class);
        if (!sensor.has("thresholds")) return Collections.unmodifiableMap(out);
        YamlMap t = sensor.map("thresholds");
        if (t == null) return null;
        t.checkKeys(List.of(), THRESHOLD_NAMES);
        boolean usable = true;
        for (String name : t.keys()) {
            if (!THRESHOLD_NAMES.contains(name)) {
                usable = false;
                continue;
            }
            BigDecimal value = t.decimal(name);
            if (value == null) {
                // decimal() reports what is not a number; an empty value is left for us to name.
                if (t.isEmpty(name)) t.report(name, "threshold '" + name + "' has no value");
                usable = false;
                continue;
            }
            out.put(Threshold.valueOf(name), value);
        }
        return usable ? Collections.unmodifiableMap(out) : null;
    }
}
