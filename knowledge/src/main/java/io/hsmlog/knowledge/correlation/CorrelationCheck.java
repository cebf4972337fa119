package io.hsmlog.knowledge.correlation;

import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.validate.KnowledgeCheck;
import io.hsmlog.knowledge.validate.Problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reader cannot know alone: that the entries a correlation names exist, that the fields it keys on and
 * tests are captured by those entries, and that every placeholder names something the finding will have. A
 * misspelt field would otherwise make a correlation that silently never fires. Runs on the whole knowledge, once
 * all layers are laid over each other: a user's correlation may name built-in entries.
 */
public final class CorrelationCheck implements KnowledgeCheck {

    @Override
    public void check(Knowledge knowledge, List<Problem> problems) {
        Map<String, Correlation> seen = new HashMap<>();
        for (Correlation c : knowledge.correlations()) {
            Correlation first = seen.putIfAbsent(c.id(), c);
            if (first != null) {
                problems.add(new Problem(c.origin(), "correlation '" + c.id() + "': the id is already used at "
                        + first.origin()));
            }
            new Scope(knowledge, c, problems).check();
        }
    }

    /** The checks of one correlation. */
    private static final class Scope {
        private final Knowledge knowledge;
        private final Correlation c;
        private final List<Problem> problems;

        Scope(Knowledge knowledge, Correlation c, List<Problem> problems) {
            this.knowledge = knowledge;
            this.c = c;
            this.problems = problems;
        }

        void check() {
            for (Step s : c.steps()) {
                for (Selector sel : s.anyOf()) checkSelector(sel, s, "step '" + s.name() + "'");
            }
            if (c.collect() != null) checkSelector(c.collect(), null, "collect");
            for (Derivation d : c.derive()) {
                if (!anyStepHas(d.daysUntil())) {
                    problems.add(new Problem(c.origin(), prefix("derive") + "no step's lines have the field '"
                            + d.daysUntil() + "' that '" + d.name() + "' is computed from"));
                }
            }
            Outcome f = c.finding();
            for (Escalation e : f.escalations()) {
                for (Condition cond : e.when()) {
                    if (!isDerived(cond.attribute()) && !anyStepHas(cond.attribute())) {
                        problems.add(new Problem(c.origin(), prefix("finding") + "an escalation tests '"
                                + cond.attribute() + "', which neither a step's lines nor 'derive' provide"));
                    }
                }
            }
            checkTemplate(f.summary(), "finding summary");
            checkTemplate(f.action(), "finding action");
            if (c.resolution() != null) {
                checkTemplate(c.resolution().summary(), "resolution summary");
                checkTemplate(c.resolution().action(), "resolution action");
            }
        }

        /** The entries exist, and give every key and tested attribute; {@code step} is null for collect. */
        private void checkSelector(Selector sel, Step step, String where) {
            for (String id : sel.entries()) {
                Entry e = knowledge.entry(id);
                if (e == null) {
                    problems.add(new Problem(sel.origin(), prefix(where) + "no entry has the id '" + id + "'"));
                    continue;
                }
                if (sel.component() != null && !sel.component().equals(e.component().key())) {
                    problems.add(new Problem(sel.origin(), prefix(where) + "entry '" + id + "' is of component '"
                            + e.component().key() + "', not '" + sel.component() + "': the step can never match"));
                }
                for (String k : c.key()) {
                    String attribute = step == null ? k : step.keyAttribute(k);
                    if (!has(e, attribute)) {
                        problems.add(new Problem(sel.origin(), prefix(where) + "the key '" + attribute
                                + "' is not a field of entry '" + id + "'" + fieldsOf(e)));
                    }
                }
                for (Condition cond : sel.conditions()) {
                    if (!has(e, cond.attribute())) {
                        problems.add(new Problem(sel.origin(), prefix(where) + "'" + cond.attribute()
                                + "' is not a field of entry '" + id + "'" + fieldsOf(e)));
                    }
                }
            }
        }

        private void checkTemplate(Template t, String where) {
            if (t == null) return;
            for (String p : t.placeholders()) {
                int dot = p.indexOf('.');
                boolean known;
                if (dot > 0 && c.step(p.substring(0, dot)) != null) {
                    String attribute = p.substring(dot + 1);
                    known = Attributes.OF_EVERY_STEP.contains(attribute) || stepHas(c.step(p.substring(0, dot)), attribute);
                } else {
                    known = Attributes.OF_EVERY_INCIDENT.contains(p) || c.key().contains(p) || isDerived(p)
                            || anyStepHas(p);
                }
                if (!known) {
                    problems.add(new Problem(c.origin(), prefix(where) + "the placeholder {" + p + "} names no step,"
                            + " key, field or value the finding has"));
                }
            }
        }

        private boolean isDerived(String name) {
            return c.derive().stream().anyMatch(d -> d.name().equals(name));
        }

        private boolean anyStepHas(String attribute) {
            for (Step s : c.steps()) {
                if (!s.absent() && stepHas(s, attribute)) return true;
            }
            return false;
        }

        /** True when some line of the step has the attribute; a step that names no entries may have anything. */
        private boolean stepHas(Step s, String attribute) {
            if (Attributes.OF_EVERY_LINE.contains(attribute)) return true;
            for (Selector sel : s.anyOf()) {
                if (sel.entries().isEmpty()) return true;
                for (String id : sel.entries()) {
                    Entry e = knowledge.entry(id);
                    if (e != null && has(e, attribute)) return true;
                }
            }
            return false;
        }

        private static boolean has(Entry e, String attribute) {
            return Attributes.OF_EVERY_LINE.contains(attribute) || e.compiled().fieldNames().contains(attribute)
                    || Attributes.derivedFor(e.event()).contains(attribute);
        }

        private static String fieldsOf(Entry e) {
            List<String> names = e.compiled().fieldNames();
            return names.isEmpty() ? " (it captures none)" : " (it captures " + String.join(", ", names) + ")";
        }

        private String prefix(String where) {
            return "correlation '" + c.id() + "', " + where + ": ";
        }
    }
}
