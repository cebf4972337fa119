package io.hsmlog.engine.rules;

import io.hsmlog.knowledge.Case;
import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.EventKind;
import io.hsmlog.knowledge.InterpretationRule;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.TrapRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the rules' verdict for subjects the rules cannot tell apart, so each distinct case is judged by the
 * rules once rather than once per line.
 *
 * <p>What the generated rules can see of a subject is known from {@link DrlGenerator}: its entry id, process and
 * severity; for an IPMI event, the comparison, whether the reading is at or past the threshold, the state word and
 * the assertion; the fields its entry's cases test; and whether the message contains each text a trap rule for its
 * process, or (for a message no entry describes) a generic rule, looks for. A {@link Key} holds exactly these, so
 * two subjects with equal keys are judged alike. Keys hold no readings, addresses or other free text, so the memo
 * stays small; it is bounded all the same, should case fields take many values.
 */
public final class VerdictMemo {
    /** Beyond this many verdicts, new cases are judged by the rules without being remembered. */
    private static final int MAX_VERDICTS = 50_000;

    /**
     * Everything the generated rules can see of a subject. Looked up for every line, it has equals and hashCode of
     * its own: a record's go through method handles, which the quick JIT runs slowly.
     */
    public record Key(String entryId, String processKey, String severity, String event, List<String> caseFields,
                      long texts) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && texts == k.texts && Objects.equals(entryId, k.entryId)
                    && Objects.equals(processKey, k.processKey) && Objects.equals(severity, k.severity)
                    && Objects.equals(event, k.event) && caseFields.equals(k.caseFields);
        }

        @Override
        public int hashCode() {
            int h = Objects.hashCode(entryId);
            h = 31 * h + Objects.hashCode(processKey);
            h = 31 * h + Objects.hashCode(severity);
            h = 31 * h + Objects.hashCode(event);
            h = 31 * h + caseFields.hashCode();
            return 31 * h + Long.hashCode(texts);
        }
    }

    /** A text a rule looks for in the message, or (lower) in the message in lower case. */
    private record TextTest(String text, boolean lower) {
        boolean holds(Subject s) {
            return lower ? s.getLowerMessage().contains(text) : s.getMessage().contains(text);
        }
    }

    private static final TextTest[] NONE = new TextTest[0];

    /** The texts tested for each process (trap rules, including those for any process), and for any process. */
    private final Map<String, TextTest[]> trapTexts = new HashMap<>();
    private final TextTest[] trapTextsAnyProcess;
    /** The same for the generic rules, which judge only messages no entry describes. */
    private final Map<String, TextTest[]> genericTexts = new HashMap<>();
    private final TextTest[] genericTextsAnyProcess;
    /** The fields each entry's cases test, by entry id. */
    private final Map<String, String[]> caseFields = new HashMap<>();
    private final Map<Key, Verdict> verdicts = new ConcurrentHashMap<>();

    public VerdictMemo(Knowledge knowledge) {
        Map<String, Set<TextTest>> traps = new HashMap<>();
        Set<TextTest> trapsAny = new LinkedHashSet<>();
        for (TrapRule r : knowledge.trapRules()) {
            List<TextTest> tests = new ArrayList<>();
            for (String t : r.containsAny()) tests.add(new TextTest(t, false));
            for (String t : r.mentionsAny()) tests.add(new TextTest(t, false));
            add(r.processes(), tests, traps, trapsAny);
        }
        Map<String, Set<TextTest>> generic = new HashMap<>();
        Set<TextTest> genericAny = new LinkedHashSet<>();
        for (InterpretationRule r : knowledge.interpretation()) {
            List<TextTest> tests = new ArrayList<>();
            for (String t : r.containsAny()) tests.add(new TextTest(t.toLowerCase(Locale.ROOT), true));
            add(r.processes(), tests, generic, genericAny);
        }
        this.trapTextsAnyProcess = trapsAny.toArray(TextTest[]::new);
        traps.forEach((p, tests) -> trapTexts.put(p, merged(tests, trapsAny)));
        this.genericTextsAnyProcess = genericAny.toArray(TextTest[]::new);
        generic.forEach((p, tests) -> genericTexts.put(p, merged(tests, genericAny)));
        for (Entry e : knowledge.entries()) {
            Set<String> names = new TreeSet<>();
            for (Case c : e.cases()) {
                if (c.fields() != null) names.addAll(c.fields().keySet());
            }
            if (!names.isEmpty()) caseFields.put(e.id(), names.toArray(String[]::new));
        }
    }

    private static void add(Collection<String> processes, List<TextTest> tests, Map<String, Set<TextTest>> byProcess,
                            Set<TextTest> any) {
        if (processes.isEmpty()) {
            any.addAll(tests);
            return;
        }
        for (String p : processes) byProcess.computeIfAbsent(p, k -> new LinkedHashSet<>()).addAll(tests);
    }

    private static TextTest[] merged(Set<TextTest> own, Set<TextTest> any) {
        Set<TextTest> all = new LinkedHashSet<>(own);
        all.addAll(any);
        return all.toArray(TextTest[]::new);
    }

    /** The key under which the subject's verdict can be remembered, or null when the rules must judge it. */
    public Key key(Subject s) {
        String process = s.getProcessKey();
        String id = s.getEntryId();
        TextTest[] trap = trapTexts.getOrDefault(process, trapTextsAnyProcess);
        TextTest[] generic = id == null ? genericTexts.getOrDefault(process, genericTextsAnyProcess) : NONE;
        if (trap.length + generic.length > Long.SIZE) return null; // more than the key holds: the rules judge
        long texts = outcomes(s, trap, 0) | outcomes(s, generic, trap.length);
        return new Key(id, process, s.getSeverity(), event(s), caseFields(s, id), texts);
    }

    /** Bit {@code first + i} set when the i-th test holds. */
    private static long outcomes(Subject s, TextTest[] tests, int first) {
        long bits = 0;
        for (int i = 0; i < tests.length; i++) {
            if (tests[i].holds(s)) bits |= 1L << (first + i);
        }
        return bits;
    }

    /** What the event rules read: kind, comparison, reading against threshold, state, assertion. */
    private static String event(Subject s) {
        String kind = s.getEventKind();
        if (kind.equals(EventKind.MESSAGE.key())) return null;
        Double r = s.getReading();
        Double t = s.getThresholdValue();
        String reading = r == null || t == null ? "-" : (r <= t ? "le" : "") + (r >= t ? "ge" : "");
        return kind + '|' + s.getComparison() + '|' + reading + '|' + s.getState() + '|' + s.getAssertion();
    }

    private List<String> caseFields(Subject s, String id) {
        String[] names = id == null ? null : caseFields.get(id);
        if (names == null) return List.of();
        String[] values = new String[names.length];
        for (int i = 0; i < names.length; i++) values[i] = s.field(names[i]);
        return Arrays.asList(values);
    }

    public Verdict get(Key key) {
        return verdicts.get(key);
    }

    public void put(Key key, Verdict verdict) {
        if (verdicts.size() < MAX_VERDICTS) verdicts.putIfAbsent(key, verdict);
    }
}
