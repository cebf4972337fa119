package io.hsmlog.engine.rules;

import io.hsmlog.knowledge.Group;
import io.hsmlog.knowledge.Priority;

import java.util.List;

/** What the rules decided about a subject, apart from the subject itself. */
public record Verdict(Group group, Priority priority, String meaning, String action,
                      String trapNotification, boolean trapAssertion, List<String> rulesFired) {

    public static Verdict of(Subject s) {
        return new Verdict(s.group(), s.priority(), s.meaning(), s.action(), s.getTrapNotification(),
                s.trapAssertion(), List.copyOf(s.rulesFired()));
    }
}
