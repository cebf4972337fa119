package io.hsmlog.guide.read;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sensor message reports an assert or a de-assert, as the guide explains it: a threshold
 * reading asserts when "Reading x &lt; Threshold y" holds. Test messages write ".lt" and ".gt" for the
 * comparators LunaSH refuses; the guide counts "Reading 2000 .lt Threshold 2000" as an assert, so those
 * compare inclusively. Non-threshold events carry "Asserted"/"Deasserted", or are always asserts.
 */
public final class AssertRule {

    private static final Pattern READING = Pattern.compile(
            "\\(Reading (-?\\d+(?:\\.\\d+)?) (\\.lt|\\.gt|<|>) Threshold (-?\\d+(?:\\.\\d+)?)");

    private AssertRule() {
    }

    /** The assert flag of a message (the part after "process:") and how it was found. */
    public static TrapExpectation.Source source(String message) {
        if (READING.matcher(message).find()) {
            return TrapExpectation.Source.THRESHOLD;
        }
        String t = message.strip();
        return t.endsWith("Asserted") || t.endsWith("Deasserted")
                ? TrapExpectation.Source.DISCRETE : TrapExpectation.Source.ALWAYS;
    }

    public static boolean asserted(String message) {
        Matcher m = READING.matcher(message);
        if (m.find()) {
            int c = new BigDecimal(m.group(1)).compareTo(new BigDecimal(m.group(3)));
            return switch (m.group(2)) {
                case ".lt" -> c <= 0;
                case ".gt" -> c >= 0;
                case "<" -> c < 0;
                default -> c > 0;
            };
        }
        return !message.strip().endsWith("Deasserted");
    }
}
