package io.hsmlog.features;

import io.cucumber.java.en.Then;
import io.hsmlog.engine.Assessment;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** "Then ...": what the line was read as (its header, its source, whether it was text at all). */
public class EventSteps {

    @Then("{line} is garbage because {string}")
    public void isGarbageBecause(LineRef ref, String reason) {
        Assessment a = assessment(ref);
        String actual = a.event().garbage();
        if (actual == null || !actual.contains(reason)) {
            throw Mismatch.of(ref, a, "garbage because", Mismatch.quoted(reason),
                    actual == null ? "as readable text" : "as garbage because " + Mismatch.quoted(actual));
        }
    }

    @Then("{line} is not garbage")
    public void isNotGarbage(LineRef ref) {
        Assessment a = assessment(ref);
        if (a.event().garbage() != null) {
            throw Mismatch.of(ref, a, "readable text", "", "as garbage because " + Mismatch.quoted(a.event().garbage()));
        }
    }

    /** Logged by lunash:>sysconf snmp trap test, with the ***TEST designator (Chapter 6). */
    @Then("{line} is a test event")
    public void isATestEvent(LineRef ref) {
        Assessment a = assessment(ref);
        if (!a.test()) {
            throw Mismatch.of(ref, a, "a test event", "(***TEST)", "as a real event");
        }
    }

    @Then("{line} is not a test event")
    public void isNotATestEvent(LineRef ref) {
        Assessment a = assessment(ref);
        if (a.test()) {
            throw Mismatch.of(ref, a, "a real event", "(no ***TEST)", "as a test event");
        }
    }

    /** syslog, snmp-walk, snmp-trap or unknown. */
    @Then("{line} source is {string}")
    public void sourceIs(LineRef ref, String source) {
        same(ref, "source", source, Assessment::source);
    }

    @Then("{line} host is {string}")
    public void hostIs(LineRef ref, String host) {
        same(ref, "host", host, a -> a.event().host());
    }

    @Then("{line} process is {string}")
    public void processIs(LineRef ref, String process) {
        same(ref, "process", process, a -> a.event().process());
    }

    @Then("{line} facility is {string}")
    public void facilityIs(LineRef ref, String facility) {
        same(ref, "facility", facility, a -> a.event().facility());
    }

    @Then("{line} syslog severity is {string}")
    public void syslogSeverityIs(LineRef ref, String severity) {
        same(ref, "syslog severity", severity, a -> a.event().severity());
    }

    /** The message as rules see it: without header, lunalog prefix and ***TEST designator. */
    @Then("{line} message is {string}")
    public void messageIs(LineRef ref, String message) {
        same(ref, "message", message, a -> a.event().message());
    }

    /** Written as 2012-02-29T12:05:01. */
    @Then("{line} timestamp is {string}")
    public void timestampIs(LineRef ref, String timestamp) {
        LocalDateTime expected = LocalDateTime.parse(timestamp);
        Assessment a = assessment(ref);
        if (!expected.equals(a.timestamp())) {
            throw Mismatch.of(ref, a, "timestamp", expected.toString(), a.timestamp() == null ? "as having none" : a.timestamp().toString());
        }
    }

    @Then("{line} has no timestamp")
    public void hasNoTimestamp(LineRef ref) {
        Assessment a = assessment(ref);
        if (a.timestamp() != null) {
            throw Mismatch.of(ref, a, "timestamp", "none", a.timestamp().toString());
        }
    }

    @Then("{line} SNMP object is {string}")
    public void snmpObjectIs(LineRef ref, String object) {
        same(ref, "SNMP object", object, a -> a.event().object());
    }

    @Then("{line} SNMP value is {string}")
    public void snmpValueIs(LineRef ref, String value) {
        same(ref, "SNMP value", value, a -> a.event().value());
    }

    /** Every line gave exactly one assessment, in order, whatever the line held. */
    @Then("each line has one assessment")
    public void eachLineHasOneAssessment() {
        ScenarioState state = ScenarioState.current();
        List<Assessment> all = state.assess();
        if (all.size() != state.lineCount()) {
            throw new AssertionError("Expected one assessment for each of the " + state.lineCount()
                    + " lines given, but there were " + all.size() + ".");
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).line() != i + 1) {
                throw new AssertionError("Expected assessment " + (i + 1) + " to be for line " + (i + 1)
                        + ", but it was for line " + all.get(i).line() + ".\n" + Mismatch.describe(all.get(i)));
            }
        }
    }

    /** The same message in different framings: same entry, verdict, trap and fields as line 1. */
    @Then("all lines are assessed alike")
    public void allLinesAreAssessedAlike() {
        List<Assessment> all = ScenarioState.current().assess();
        Assessment first = all.get(0);
        for (Assessment a : all.subList(1, all.size())) {
            String expected = verdict(first);
            String actual = verdict(a);
            if (!expected.equals(actual)) {
                throw Mismatch.of(new LineRef((int) a.line()), a, "the same verdict as line 1", expected, actual);
            }
        }
    }

    private static String verdict(Assessment a) {
        return "entry " + a.entry() + ", group " + a.group().key() + ", priority " + a.priority().key() + ", "
                + Mismatch.trap(a.trap()) + ", fields " + a.fields();
    }

    private static void same(LineRef ref, String what, String expected, Function<Assessment, String> actualOf) {
        Assessment a = assessment(ref);
        String actual = actualOf.apply(a);
        if (!Objects.equals(expected, actual)) {
            throw Mismatch.of(ref, a, what, Mismatch.quoted(expected), Mismatch.quoted(actual));
        }
    }

    private static Assessment assessment(LineRef ref) {
        return ScenarioState.current().assessment(ref);
    }
}
