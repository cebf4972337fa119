package io.hsmlog.features;

import io.cucumber.docstring.DocString;
import io.cucumber.java.en.Then;
import io.hsmlog.engine.Assessment;
import io.hsmlog.knowledge.Group;
import io.hsmlog.knowledge.Priority;

import java.util.Objects;

/** "Then ...": the verdict on a line, in the guide's terms: entry, group, priority, meaning, action. */
public class VerdictSteps {

    @Then("{line} is in group {string}")
    public void isInGroup(LineRef ref, String group) {
        Group expected = Group.fromKey(group);
        Assessment a = assessment(ref);
        if (a.group() != expected) {
            throw Mismatch.of(ref, a, "group", Mismatch.quoted(expected.key()), Mismatch.quoted(a.group().key()));
        }
    }

    @Then("{line} group is {string}")
    public void groupIs(LineRef ref, String group) {
        isInGroup(ref, group);
    }

    @Then("{line} priority is {string}")
    public void priorityIs(LineRef ref, String priority) {
        Priority expected = Priority.fromKey(priority);
        Assessment a = assessment(ref);
        if (a.priority() != expected) {
            throw Mismatch.of(ref, a, "priority", Mismatch.quoted(expected.key()), Mismatch.quoted(a.priority().key()));
        }
    }

    /** Where the guide says a message matters but not how much: "at least high" is high or critical. */
    @Then("{line} priority is at least {string}")
    public void priorityIsAtLeast(LineRef ref, String priority) {
        Priority threshold = Priority.fromKey(priority);
        Assessment a = assessment(ref);
        if (!a.priority().atLeast(threshold)) {
            throw Mismatch.of(ref, a, "priority", "at least " + Mismatch.quoted(threshold.key()),
                    Mismatch.quoted(a.priority().key()));
        }
    }

    /** "At most low" is low or info. */
    @Then("{line} priority is at most {string}")
    public void priorityIsAtMost(LineRef ref, String priority) {
        Priority threshold = Priority.fromKey(priority);
        Assessment a = assessment(ref);
        if (a.priority() != threshold && a.priority().atLeast(threshold)) {
            throw Mismatch.of(ref, a, "priority", "at most " + Mismatch.quoted(threshold.key()),
                    Mismatch.quoted(a.priority().key()));
        }
    }

    @Then("{line} meaning contains {string}")
    public void meaningContains(LineRef ref, String text) {
        Assessment a = assessment(ref);
        if (!Prose.contains(a.meaning(), text)) {
            throw Mismatch.of(ref, a, "the meaning to contain", Mismatch.quoted(text), "as meaning " + Mismatch.quoted(a.meaning()));
        }
    }

    /** For a whole paragraph quoted from the guide; line breaks and runs of spaces count as one space. */
    @Then("{line} meaning contains:")
    public void meaningContainsParagraph(LineRef ref, DocString text) {
        meaningContains(ref, text.getContent());
    }

    @Then("{line} action contains {string}")
    public void actionContains(LineRef ref, String text) {
        Assessment a = assessment(ref);
        if (!Prose.contains(a.action(), text)) {
            throw Mismatch.of(ref, a, "the action to contain", Mismatch.quoted(text), "as action " + Mismatch.quoted(a.action()));
        }
    }

    @Then("{line} component is {string}")
    public void componentIs(LineRef ref, String component) {
        Assessment a = assessment(ref);
        if (!component.equals(a.component())) {
            throw Mismatch.of(ref, a, "component", Mismatch.quoted(component), Mismatch.quoted(a.component()));
        }
    }

    @Then("{line} entry is {string}")
    public void entryIs(LineRef ref, String entry) {
        Assessment a = assessment(ref);
        if (!entry.equals(a.entry())) {
            throw Mismatch.of(ref, a, "entry", Mismatch.quoted(entry), Mismatch.quoted(a.entry()));
        }
    }

    /** The guide's subsection heading for the message. */
    @Then("{line} title is {string}")
    public void titleIs(LineRef ref, String title) {
        Assessment a = assessment(ref);
        if (!title.equals(a.title())) {
            throw Mismatch.of(ref, a, "title", Mismatch.quoted(title), Mismatch.quoted(a.title()));
        }
    }

    @Then("no entry describes {line}")
    public void noEntryDescribes(LineRef ref) {
        Assessment a = assessment(ref);
        if (a.entry() != null) {
            throw Mismatch.of(ref, a, "entry", "none", Mismatch.quoted(a.entry()));
        }
    }

    /** A value the entry's pattern captured or the rules derived, e.g. the field "sensor" is "Fan3B". */
    @Then("{line} field {string} is {string}")
    public void fieldIs(LineRef ref, String field, String value) {
        Assessment a = assessment(ref);
        String actual = a.fields().get(field);
        if (!Objects.equals(value, actual)) {
            throw Mismatch.of(ref, a, "the field \"" + field + "\" to be", Mismatch.quoted(value),
                    actual == null ? "without it" : Mismatch.quoted(actual));
        }
    }

    @Then("{line} has no field {string}")
    public void hasNoField(LineRef ref, String field) {
        Assessment a = assessment(ref);
        if (a.fields().containsKey(field)) {
            throw Mismatch.of(ref, a, "no field", Mismatch.quoted(field), "with " + field + "=" + Mismatch.quoted(a.fields().get(field)));
        }
    }

    private static Assessment assessment(LineRef ref) {
        return ScenarioState.current().assessment(ref);
    }
}
