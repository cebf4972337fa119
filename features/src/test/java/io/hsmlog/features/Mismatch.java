package io.hsmlog.features;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Trap;
import org.opentest4j.AssertionFailedError;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The failure a spec reports when an assessment is not what it expected. Support staff read it, so it says in
 * plain words what was expected, what was assessed, the line, and which entry and rules produced the verdict.
 */
final class Mismatch {
    private static final int SHOWN_CHARACTERS = 240;

    private Mismatch() {
    }

    /**
     * @param what     what was checked, e.g. "priority"
     * @param expected what the spec expected, as it said it
     * @param assessed what the engine assessed, for the same thing
     */
    static AssertionFailedError of(LineRef ref, Assessment a, String what, String expected, String assessed) {
        String message = "Line " + a.line() + ": expected " + what + " " + expected + ", but it was assessed "
                + assessed + ".\n" + describe(a);
        return new AssertionFailedError(message, expected, assessed);
    }

    /** The assessment in a few labelled lines, for a failure message. */
    static String describe(Assessment a) {
        StringBuilder sb = new StringBuilder();
        row(sb, "line " + a.line(), printable(a.event().raw()));
        if (a.event().garbage() != null) {
            row(sb, "garbage", a.event().garbage());
        }
        row(sb, "entry", a.entry() == null ? "none (no entry of the knowledge describes the line)"
                : a.entry() + " \"" + a.title() + "\" (component " + a.component() + ")");
        row(sb, "rules", a.rulesFired().isEmpty() ? "none" : String.join(", ", a.rulesFired()));
        row(sb, "assessed", "group " + a.group().key() + ", priority " + a.priority().key() + ", " + trap(a.trap())
                + (a.test() ? ", test event" : ""));
        if (!a.fields().isEmpty()) {
            row(sb, "fields", fields(a.fields()));
        }
        row(sb, "meaning", a.meaning());
        row(sb, "action", a.action());
        return sb.toString();
    }

    static String trap(Trap trap) {
        return trap == null ? "no trap" : "trap " + trap.notification() + " with " + (trap.assertion() ? "assert" : "de-assert");
    }

    static String quoted(String s) {
        return s == null ? "nothing" : "\"" + printable(s) + "\"";
    }

    private static String fields(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + printable(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append("  ").append(String.format("%-9s", label + ":")).append(' ').append(value).append('\n');
    }

    /** Log text is shown, never interpreted: control characters as \xNN, very long lines cut. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(s.length(), SHOWN_CHARACTERS);
        for (int i = 0; i < shown; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                sb.append(String.format("\\x%02X", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (s.length() > shown) {
            sb.append("... (").append(s.length()).append(" characters)");
        }
        return sb.toString();
    }
}
