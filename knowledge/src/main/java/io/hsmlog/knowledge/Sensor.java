package io.hsmlog.knowledge;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One row of Chapter 3, Table 1 "Luna Network HSM 7 Appliance Sensors".
 *
 * @param text       the sensor text as the table prints it, without the trailing " ." ("Fan3B", "PSU1 Temp_value")
 * @param type       the sensor type ipmievd logs: Fan, Temperature, Voltage, Power Supply
 * @param measure    Speed, Temperature or Voltage; null for presence sensors
 * @param unit       RPM, Degrees C, Volts; null for presence sensors
 * @param hysteresis the hysteresis in the sensor's unit, or null for "No hysteresis"
 * @param thresholds each threshold the sensor asserts on, with its value
 */
public record Sensor(String text, String location, String type, String measure, String unit,
                     BigDecimal hysteresis, Map<Threshold, BigDecimal> thresholds, Origin origin) {

    /** The lookup key: logs and the guide's tables write the same sensor with spaces or underscores. */
    public String key() {
        return keyOf(text);
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_]+");

    /** Normalises sensor text as logged ("PSU2_Temp_value.", "CHA DIMM 0 .") to a lookup key. */
    public static String keyOf(String logged) {
        String s = logged.strip();
        while (s.endsWith(".")) s = s.substring(0, s.length() - 1).strip();
        return SEPARATORS.matcher(s).replaceAll("_").toLowerCase(Locale.ROOT);
    }
}
