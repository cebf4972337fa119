package io.hsmlog.engine.rules;

import java.util.Collection;
import java.util.StringJoiner;

/** Writes values into DRL source safely: every string becomes a quoted, escaped literal. */
public final class DrlText {
    private DrlText() {
    }

    /** A double-quoted literal that reads back as exactly {@code s}, whatever it contains. */
    public static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        // Control characters have no business in knowledge text; refusing them keeps the
                        // escapes to the four above, which the DRL, MVEL and Java lexers all read the same way.
                        throw new IllegalArgumentException("control character U+" + String.format("%04X", (int) c)
                                + " in a value written into DRL");
                    } else {
                        // Other characters, non-ASCII included, stand for themselves (the DRL is read as UTF-8):
                        // MVEL mis-reads a string holding several \\u escapes, so none are written.
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** {@code ("a", "b")}, for an {@code in} constraint. */
    public static String list(Collection<String> values) {
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (String v : values) j.add(str(v));
        return j.toString();
    }
}
