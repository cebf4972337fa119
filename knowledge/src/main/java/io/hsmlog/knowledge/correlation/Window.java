package io.hsmlog.knowledge.correlation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of log time, written as a whole number and one unit: {@code 30s}, {@code 10m}, {@code 6h}, {@code 7d}.
 * One unit keeps windows readable and leaves nothing to interpret ("5 minutes", "PT5M" and "1h30m" are refused).
 */
public record Window(long amount, Unit unit) {
    private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]{0,5})([smhd])");

    /** The units a window may be written in. */
    public enum Unit {
        SECONDS('s', 1_000L), MINUTES('m', 60_000L), HOURS('h', 3_600_000L), DAYS('d', 86_400_000L);

        private final char symbol;
        private final long millis;

        Unit(char symbol, long millis) {
            this.symbol = symbol;
            this.millis = millis;
        }

        static Unit of(char symbol) {
            for (Unit u : values()) {
                if (u.symbol == symbol) return u;
            }
            throw new IllegalArgumentException("unknown unit " + symbol);
        }
    }

    /** The window written as {@code text}, or null when it is not in the one accepted format. */
    public static Window parse(String text) {
        if (text == null) return null;
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) return null;
        return new Window(Long.parseLong(m.group(1)), Unit.of(m.group(2).charAt(0)));
    }

    /** What a window problem message shows the author. */
    public static String formatHelp() {
        return "a whole number followed by s, m, h or d, such as 30s, 10m, 6h or 7d";
    }

    public long millis() {
        return amount * unit.millis;
    }

    /** As written in YAML; also a valid Drools time literal. */
    @Override
    public String toString() {
        return amount + String.valueOf(unit.symbol);
    }
}
