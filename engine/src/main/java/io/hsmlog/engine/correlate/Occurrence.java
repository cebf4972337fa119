package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.engine.parse.LogReference;
import io.hsmlog.knowledge.Priority;
import org.kie.api.definition.type.ClassReactive;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An assessed line as the correlation rules see it: an event in the stream, timed by the log. The generated rules
 * read it through its getters and the test methods below, which {@link Selectors} also uses, so a line is judged
 * relevant by the same tests the rules apply.
 *
 * <p>Class-reactive because what rules test through methods ({@link #usedBy}) is not a bean property: marking an
 * occurrence as used must make every constraint on it be evaluated again.
 */
@ClassReactive
public final class Occurrence {
    private final long seq;
    private final long millis;
    private final Assessment assessment;
    private final Map<String, String> attributes;
    private final Set<String> usedBy = new HashSet<>(4);

    /**
     * @param seq    the order the line was inserted in: rules compare it rather than line numbers, which restart
     *               with each input file
     * @param millis the time the rules see, in milliseconds: the log's time, never earlier than the line before
     */
    Occurrence(long seq, long millis, Assessment assessment) {
        this.seq = seq;
        this.millis = millis;
        this.assessment = assessment;
        this.attributes = attributesOf(assessment);
    }

    private static Map<String, String> attributesOf(Assessment a) {
        LogEvent e = a.event();
        Map<String, String> m = new HashMap<>(a.fields());
        put(m, "host", e.host());
        put(m, "process", e.processKey());
        put(m, "pid", e.pid());
        put(m, "time", iso(e.timestamp()));
        put(m, "severity", e.severity());
        put(m, "message", e.message());
        put(m, "notification", e.notification() != null ? e.notification()
                : a.trap() == null ? null : a.trap().notification());
        LogReference ref = e.logReference();
        if (ref != null) {
            put(m, "ref.host", ref.host());
            put(m, "ref.time", iso(ref.timestamp()));
            put(m, "ref.process", LogEvent.processKeyOf(ref.process()));
            put(m, "ref.assert", ref.assertion() == null ? null : ref.assertion().toString());
        }
        return m;
    }

    private static void put(Map<String, String> m, String name, String value) {
        if (value != null) m.put(name, value);
    }

    private static String iso(LocalDateTime t) {
        return t == null ? null : t.toString();
    }

    // ---- what the rules read ----

    public long getSeq() {
        return seq;
    }

    public long getMillis() {
        return millis;
    }

    public String getHost() {
        return assessment.event().host();
    }

    public String getEntry() {
        return assessment.entry();
    }

    public String getSource() {
        return assessment.source();
    }

    public String getComponent() {
        return assessment.component();
    }

    /** True when the trap agent sends a trap for this line. */
    public boolean isTrap() {
        return assessment.trap() != null;
    }

    /** A field or attribute of the line, or null. */
    public String attr(String name) {
        return attributes.get(name);
    }

    public boolean startsWith(String name, String prefix) {
        String v = attributes.get(name);
        return v != null && v.startsWith(prefix);
    }

    public boolean mentions(String name, String text) {
        String v = attributes.get(name);
        return v != null && v.contains(text);
    }

    /** True when the attribute is a number no greater than {@code bound}. */
    public boolean atMost(String name, String bound) {
        Double v = number(name);
        return v != null && v <= Double.parseDouble(bound);
    }

    /** True when the attribute is a number no less than {@code bound}. */
    public boolean atLeast(String name, String bound) {
        Double v = number(name);
        return v != null && v >= Double.parseDouble(bound);
    }

    /** True when the line's own assessment is at least as urgent as the priority named. */
    public boolean urgentAtLeast(String priority) {
        return assessment.priority().atLeast(Priority.fromKey(priority.toLowerCase(Locale.ROOT)));
    }

    /** True when the rule named has already made an incident (or a decision) of this line. */
    public boolean usedBy(String rule) {
        return usedBy.contains(rule);
    }

    // ---- for the engine ----

    void use(String rule) {
        usedBy.add(rule);
    }

    /** The attribute as a number, or null when it is absent or not a number. */
    Double number(String name) {
        String v = attributes.get(name);
        if (v == null) return null;
        try {
            return Double.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Assessment assessment() {
        return assessment;
    }

    @Override
    public String toString() {
        return "Occurrence[line " + assessment.line() + ", " + assessment.entry() + "]";
    }
}
