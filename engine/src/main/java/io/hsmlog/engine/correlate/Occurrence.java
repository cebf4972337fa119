package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.engine.parse.LogReference;
import io.hsmlog.knowledge.Priority;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An assessed line as the correlation rules see it: an event in the stream, timed by the log. The generated rules
 * read it through its getters and the test methods below, which {@link Selectors} also uses, so a line is judged
 * relevant by the same tests the rules apply.
 *
 * <p>What rules test through methods ({@link #usedBy}) is not a bean property, so the patterns that test marks
 * watch {@link #getUsedRules()}, the property a mark updates; everything else about an occurrence is fixed.
 */
public final class Occurrence {
    private final long seq;
    private final long millis;
    private final Assessment assessment;
    /** Null until a rule uses the line, as most lines never are. */
    private Set<String> usedBy;
    private long keepUntil = Long.MIN_VALUE;
    /** For each kind of {@link Successors}, the number of the line that succeeded this one; null until one has. */
    private long[] next;
    /** The keys this line waits for its successors under in {@link Successors.Links}; none until it is linked. */
    private List<Object> linkedAs = List.of();

    /**
     * @param seq    the order the line was inserted in: rules compare it rather than line numbers, which restart
     *               with each input file
     * @param millis the time the rules see, in milliseconds: the log's time, never earlier than the line before
     */
    Occurrence(long seq, long millis, Assessment assessment) {
        this.seq = seq;
        this.millis = millis;
        this.assessment = assessment;
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

    // The attributes correlations key on, as properties: Drools indexes a join on a property, not on attr(...),
    // so each new line meets only the earlier lines with the same key instead of all of them.

    public String getSensor() {
        return attr("sensor");
    }

    public String getClient() {
        return attr("client");
    }

    public String getUser() {
        return attr("user");
    }

    public String getPid() {
        return attr("pid");
    }

    /** True when the trap agent sends a trap for this line. */
    public boolean isTrap() {
        return assessment.trap() != null;
    }

    /** An attribute every line has (see {@code Attributes.OF_EVERY_LINE}) or a field of the line; null when absent. */
    public String attr(String name) {
        LogEvent e = assessment.event();
        LogReference ref = e.logReference();
        return switch (name) {
            case "host" -> e.host();
            case "process" -> e.processKey();
            case "pid" -> e.pid();
            case "time" -> iso(e.timestamp());
            case "severity" -> e.severity();
            case "message" -> e.message();
            // For a received trap, its notification; for a logged message, the one the trap agent sends for it.
            case "notification" -> e.notification() != null ? e.notification()
                    : assessment.trap() == null ? null : assessment.trap().notification();
            case "ref.host" -> ref == null ? null : ref.host();
            case "ref.time" -> ref == null ? null : iso(ref.timestamp());
            case "ref.process" -> ref == null ? null : LogEvent.processKeyOf(ref.process());
            case "ref.assert" -> ref == null || ref.assertion() == null ? null : ref.assertion().toString();
            default -> assessment.fields().get(name);
        };
    }

    /**
     * True when the attribute has the value: how rules join on an attribute that is not a property, which Drools
     * then tests only where both sides have lines instead of looking it up to index every line inserted.
     */
    public boolean attrIs(String name, String value) {
        return value != null && value.equals(attr(name));
    }

    public boolean startsWith(String name, String prefix) {
        String v = attr(name);
        return v != null && v.startsWith(prefix);
    }

    public boolean mentions(String name, String text) {
        String v = attr(name);
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
        return usedBy != null && usedBy.contains(rule);
    }

    /**
     * The number ({@link #getSeq()}) of the line that succeeded this one in its part of a correlation ({@link
     * Successors}), or the largest number while none has.
     */
    public long successor(int kind) {
        return next == null || next[kind] == 0 ? Long.MAX_VALUE : next[kind];
    }

    /** The rules that have made an incident of this line: the one property of an occurrence that changes. */
    public Set<String> getUsedRules() {
        return usedBy == null ? Set.of() : java.util.Collections.unmodifiableSet(usedBy);
    }

    // ---- for the engine ----

    void use(String rule) {
        if (usedBy == null) usedBy = new HashSet<>(4);
        usedBy.add(rule);
    }

    void succeededBy(int kind, long seq, int kinds) {
        if (next == null) next = new long[kinds];
        next[kind] = seq;
    }

    void linkedAs(List<Object> keys) {
        linkedAs = keys;
    }

    List<Object> linkedAs() {
        return linkedAs;
    }

    /** Until when, in log time, some correlation may still use the line. */
    long keepUntil() {
        return keepUntil;
    }

    void keepUntil(long millis) {
        keepUntil = millis;
    }

    /** The attribute as a number, or null when it is absent or not a number. */
    Double number(String name) {
        String v = attr(name);
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
