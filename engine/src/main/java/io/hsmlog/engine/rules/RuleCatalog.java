package io.hsmlog.engine.rules;

import io.hsmlog.knowledge.Case;
import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.InterpretationRule;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.TrapRule;

import java.util.HashMap;
import java.util.Map;

/**
 * The knowledge as the generated rules see it: a global through which consequences look entries and rules up by
 * id, so that no text from the knowledge other than ids is written into the DRL.
 */
public final class RuleCatalog {
    private final Knowledge knowledge;
    private final Map<String, TrapRule> traps = new HashMap<>();
    private final Map<String, InterpretationRule> interpretation = new HashMap<>();

    public RuleCatalog(Knowledge knowledge) {
        this.knowledge = knowledge;
        for (TrapRule t : knowledge.trapRules()) traps.put(t.id(), t);
        for (InterpretationRule r : knowledge.interpretation()) interpretation.put(r.id(), r);
    }

    public Entry entry(String id) {
        return knowledge.entry(id);
    }

    public Case caseOf(String entryId, int index) {
        return knowledge.entry(entryId).cases().get(index);
    }

    public TrapRule trapRule(String id) {
        return traps.get(id);
    }

    public InterpretationRule interpretation(String id) {
        return interpretation.get(id);
    }

    public Knowledge knowledge() {
        return knowledge;
    }
}
