package io.hsmlog.engine.match;

import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.knowledge.Entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the entry that describes a message without trying every pattern: entries are indexed by process, then by
 * the first word of their message when the pattern fixes it. A line is tried against the few entries sharing its
 * process and first word, then against that process's entries whose message starts with a variable.
 */
public final class TemplateIndex {
    private static final Candidate[] NONE = new Candidate[0];

    /** An entry with its severities in canonical spelling. */
    private record Candidate(Entry entry, Set<String> severities) {
        static Candidate of(Entry e) {
            return new Candidate(e, e.severities().stream().map(Severities::canonical).collect(Collectors.toUnmodifiableSet()));
        }

        boolean applies(LogEvent event) {
            return severities.isEmpty() || severities.contains(Severities.canonical(event.severity()));
        }
    }

    private final Map<String, ProcessIndex> byProcess = new HashMap<>();

    private static final class ProcessIndex {
        final Map<String, List<Candidate>> byFirstWordLists = new HashMap<>();
        final List<Candidate> variableStartList = new ArrayList<>();
        Map<String, Candidate[]> byFirstWord;
        Candidate[] variableStart;

        void freeze() {
            byFirstWord = new HashMap<>();
            byFirstWordLists.forEach((k, v) -> byFirstWord.put(k, v.toArray(NONE)));
            variableStart = variableStartList.toArray(NONE);
        }
    }

    public TemplateIndex(List<Entry> entries) {
        for (Entry e : entries) {
            Candidate c = Candidate.of(e);
            for (String process : e.processes()) {
                ProcessIndex p = byProcess.computeIfAbsent(process, k -> new ProcessIndex());
                String first = e.compiled().firstWord();
                if (first != null) p.byFirstWordLists.computeIfAbsent(first, k -> new ArrayList<>()).add(c);
                else p.variableStartList.add(c);
            }
        }
        byProcess.values().forEach(ProcessIndex::freeze);
    }

    /** The first entry describing the event's message, or null. */
    public Match match(LogEvent event) {
        String process = event.processKey();
        if (process == null) return null;
        ProcessIndex p = byProcess.get(process);
        if (p == null) return null;
        String message = event.message();
        Candidate[] keyed = p.byFirstWord.get(firstWord(message));
        Match m = keyed == null ? null : first(keyed, event, message);
        return m != null ? m : first(p.variableStart, event, message);
    }

    /** Every entry describing the event's message, for checking that examples are unambiguous. */
    public List<Entry> matchAll(LogEvent event) {
        List<Entry> all = new ArrayList<>();
        ProcessIndex p = event.processKey() == null ? null : byProcess.get(event.processKey());
        if (p == null) return all;
        List<Candidate> candidates = new ArrayList<>();
        Candidate[] keyed = p.byFirstWord.get(firstWord(event.message()));
        if (keyed != null) candidates.addAll(List.of(keyed));
        candidates.addAll(List.of(p.variableStart));
        for (Candidate c : candidates) {
            if (c.applies(event) && c.entry().compiled().matches(event.message())) all.add(c.entry());
        }
        return all;
    }

    private static Match first(Candidate[] candidates, LogEvent event, String message) {
        for (Candidate c : candidates) {
            if (!c.applies(event)) continue;
            String required = c.entry().compiled().requiredText();
            if (required != null && !message.contains(required)) continue;
            Map<String, String> fields = c.entry().compiled().match(message);
            if (fields != null) return new Match(c.entry(), fields);
        }
        return null;
    }

    static String firstWord(String message) {
        int n = message.length();
        int i = 0;
        while (i < n && !Character.isWhitespace(message.charAt(i))) i++;
        return message.substring(0, i);
    }

    /** Process names the index knows, for diagnostics. */
    public Set<String> processes() {
        return byProcess.keySet().stream().collect(Collectors.toUnmodifiableSet());
    }
}
