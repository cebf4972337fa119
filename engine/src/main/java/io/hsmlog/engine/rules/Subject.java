package io.hsmlog.engine.rules;

import io.hsmlog.engine.match.Severities;
import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.knowledge.Case;
import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.EventKind;
import io.hsmlog.knowledge.Group;
import io.hsmlog.knowledge.InterpretationRule;
import io.hsmlog.knowledge.Priority;
import io.hsmlog.knowledge.TrapRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fact the rules reason about: one parsed line, the entry its message matched, and the verdict the rules
 * build up. Rules read it through its getters; consequences record their decisions through its methods, each
 * naming the rule that made it, so an explanation is the record of what fired.
 */
public final class Subject {
    private final LogEvent event;
    private final Entry entry;
    private final Map<String, String> fields;
    private final Double reading;
    private final Double thresholdValue;

    private Boolean assertion;
    private Group group = Group.UNKNOWN;
    private Priority priority = Priority.INFO;
    private String meaning;
    private String action;
    private boolean caseApplied;
    private boolean interpreted;
    private String trapNotification;
    private boolean trapAssertion;
    private final List<String> rulesFired = new ArrayList<>(4);
    private String lowerMessage;

    public Subject(LogEvent event, Entry entry, Map<String, String> fields) {
        this.event = event;
        this.entry = entry;
        this.fields = fields;
        this.reading = number(fields.get("reading"));
        this.thresholdValue = number(fields.get("threshold_value"));
    }

    private static Double number(String s) {
        if (s == null) return null;
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- what rules read ----

    public LogEvent getEvent() {
        return event;
    }

    public String getEntryId() {
        return entry == null ? null : entry.id();
    }

    public String getEventKind() {
        return entry == null ? EventKind.MESSAGE.key() : entry.event().key();
    }

    public String getProcessKey() {
        return event.processKey();
    }

    /** The syslog severity in canonical spelling (crit, err, warning, emerg...), or null. */
    public String getSeverity() {
        return Severities.canonical(event.severity());
    }

    public String getMessage() {
        return event.message();
    }

    /** The message in lower case, for the guide's case-insensitive phrase checks. */
    public String getLowerMessage() {
        if (lowerMessage == null) lowerMessage = event.message().toLowerCase(Locale.ROOT);
        return lowerMessage;
    }

    public String getSource() {
        return event.source().key();
    }

    public boolean isTest() {
        return event.test();
    }

    /** A captured or derived field, or null. */
    public String field(String name) {
        return fields.get(name);
    }

    public Map<String, String> getFields() {
        return fields;
    }

    public Double getReading() {
        return reading;
    }

    public Double getThresholdValue() {
        return thresholdValue;
    }

    /** The comparison ipmievd printed between reading and threshold: "<" or ">". */
    public String getComparison() {
        return fields.get("comparison");
    }

    /** The state word of a discrete record, lower case without hyphens: "asserted" or "deasserted". */
    public String getState() {
        String s = fields.get("state");
        return s == null ? null : s.replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** Whether the event is an assert (true), a de-assert (false), or not yet known (null). */
    public Boolean getAssertion() {
        return assertion;
    }

    public String getTrapNotification() {
        return trapNotification;
    }

    // ---- what consequences record ----

    public void setAssertion(Boolean assertion) {
        this.assertion = assertion;
    }

    /** Records that a rule fired, for the explanation. */
    public void fired(String rule) {
        rulesFired.add(rule);
    }

    /** Applies an entry's own verdict. */
    public void classify(Entry e, String rule) {
        group = e.group();
        priority = e.priority();
        meaning = e.meaning();
        action = e.action();
        fired(rule);
    }

    /** Applies the first case of an entry whose conditions hold; later cases of the same entry are ignored. */
    public void applyCase(Case c, String rule) {
        if (caseApplied) return;
        caseApplied = true;
        if (c.priority() != null) priority = c.priority();
        if (c.action() != null) action = c.action();
        if (c.meaning() != null) meaning = c.meaning();
        fired(rule);
    }

    /** Applies the first generic rule that holds for a message no entry describes. */
    public void interpret(InterpretationRule r, String rule) {
        if (interpreted) return;
        interpreted = true;
        group = r.group();
        priority = r.priority();
        meaning = r.meaning();
        action = r.action();
        fired(rule);
    }

    /** Decides the trap the trap agent sends; the first trap rule that holds wins. */
    public void trap(TrapRule r, String rule) {
        if (trapNotification != null) return;
        trapNotification = r.notification();
        trapAssertion = switch (r.assertFrom()) {
            case ALWAYS -> true;
            case THRESHOLD, DISCRETE -> assertion == null || assertion;
        };
        fired(rule);
    }

    // ---- the verdict ----

    public Group group() {
        return group;
    }

    public Priority priority() {
        return priority;
    }

    public String meaning() {
        return meaning;
    }

    public String action() {
        return action;
    }

    public boolean trapAssertion() {
        return trapAssertion;
    }

    public List<String> rulesFired() {
        return rulesFired;
    }

    public Entry entry() {
        return entry;
    }
}
