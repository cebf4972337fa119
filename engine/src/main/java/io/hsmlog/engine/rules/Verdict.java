package io.hsmlog.engine.rules;

import io.hsmlog.knowledge.Group;
import io.hsmlog.knowledge.Priority;

import java.util.List;

/**
 * What the rules decided about a subject, apart from the subject itself: the verdict, and for an IPMI event
 * whether it asserts (null for other messages).
 */
public record Verdict(Group group, Priority priority, String meaning, String action,
                      String trapNotification, boolean trapAssertion, Boolean assertion, List<String> rulesFired) {

    public static Verdict of(Subject s) {
        return new Verdict(s.group(), s.priority(), s.meaning(), s.action(), s.getTrapNotification(),
                s.trapAssertion(), s.getAssertion(), List.copyOf(s.rulesFired()));
    }
}
