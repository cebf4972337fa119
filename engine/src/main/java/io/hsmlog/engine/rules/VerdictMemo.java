package io.hsmlog.engine.rules;

import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.EventKind;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.TrapRule;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the rules' verdict for facts that the rules cannot tell apart, so each distinct case is judged by
 * the rules once rather than once per line.
 *
 * <p>What the generated rules can see of a subject is known from {@link DrlGenerator}: its entry id, event kind
 * and assertion, severity, process, message, and the fields its cases test. For an entry with no cases, of plain
 * {@code message} kind, whose process no trap rule looks into the message of (trap rules that test only process
 * and severity are fine), the verdict depends on nothing but entry id, process and severity: that triple is the
 * key. Every other subject (threshold and discrete events, entries with cases, messages no entry describes) is
 * judged by the rules every time. The memo holds at most one verdict per key, so it is bounded by the knowledge.
 */
public final class VerdictMemo {
    private final Set<String> memoizable;
    private final Map<Key, Verdict> verdicts = new ConcurrentHashMap<>();

    public VerdictMemo(Knowledge knowledge) {
        Set<String> ids = new HashSet<>();
        for (Entry e : knowledge.entries()) {
            if (e.event() == EventKind.MESSAGE && e.cases().isEmpty() && !messageMatters(e, knowledge)) ids.add(e.id());
        }
        this.memoizable = Collections.unmodifiableSet(ids);
    }

    /** True when some trap rule that may apply to the entry's processes tests the text of the message. */
    private static boolean messageMatters(Entry e, Knowledge k) {
        for (TrapRule r : k.trapRules()) {
            boolean textual = !r.containsAny().isEmpty() || !r.mentionsAny().isEmpty();
            boolean applies = r.processes().isEmpty() || e.processes().stream().anyMatch(r.processes()::contains);
            if (textual && applies) return true;
        }
        return false;
    }

    /** What the verdict of a memoizable subject depends on. */
    public record Key(String entryId, String processKey, String severity) {
    }

    /** The key under which the subject's verdict can be remembered, or null when the rules must judge it. */
    public Key key(Subject s) {
        String id = s.getEntryId();
        if (id == null || !memoizable.contains(id)) return null;
        return new Key(id, s.getProcessKey(), s.getSeverity());
    }

    public Verdict get(Key key) {
        return verdicts.get(key);
    }

    public void put(Key key, Verdict verdict) {
        verdicts.putIfAbsent(key, verdict);
    }

    /** How many entries' verdicts can be remembered. */
    public int memoizableEntries() {
        return memoizable.size();
    }
}
