package io.hsmlog.features;

import io.cucumber.java.en.Then;
import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Trap;
import io.hsmlog.engine.parse.LogReference;

import java.util.List;
import java.util.Objects;

/**
 * "Then ...": traps. Those the Luna SNMP Trap Agent sends for a logged message (Chapter 6), and those an SNMP
 * manager received and snmptrapd logged.
 */
public class TrapSteps {

    @Then("a trap {word} is sent with {assertion}")
    public void aTrapIsSent(String notification, Boolean assertion) {
        trapIsSent(LineRef.ONLY, notification, assertion);
    }

    @Then("a trap {word} is sent for line {int} with {assertion}")
    public void aTrapIsSentForLine(String notification, int line, Boolean assertion) {
        trapIsSent(new LineRef(line), notification, assertion);
    }

    /** No line of the scenario makes the trap agent send a trap. */
    @Then("no trap is sent")
    public void noTrapIsSent() {
        for (Assessment a : ScenarioState.current().assess()) {
            if (a.trap() != null) {
                throw Mismatch.of(new LineRef((int) a.line()), a, "trap", "none", Mismatch.trap(a.trap()));
            }
        }
    }

    @Then("no trap is sent for line {int}")
    public void noTrapIsSentForLine(int line) {
        LineRef ref = new LineRef(line);
        Assessment a = ScenarioState.current().assessment(ref);
        if (a.trap() != null) {
            throw Mismatch.of(ref, a, "trap", "none", Mismatch.trap(a.trap()));
        }
    }

    /** The ssLogReference the sent trap carries, e.g. [myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / ipmievd[1234] / 1]. */
    @Then("{line} trap log reference is {string}")
    public void trapLogReferenceIs(LineRef ref, String reference) {
        Assessment a = ScenarioState.current().assessment(ref);
        String actual = a.trap() == null ? null : a.trap().logReference();
        if (!reference.equals(actual)) {
            throw Mismatch.of(ref, a, "the trap's log reference", Mismatch.quoted(reference),
                    actual == null ? "with no trap" : Mismatch.quoted(actual));
        }
    }

    /** A trap snmptrapd received: its SAFENET-APPLIANCE-MIB notification and the flag of its log reference. */
    @Then("{line} received trap is {word} with {assertion}")
    public void receivedTrapIs(LineRef ref, String notification, Boolean assertion) {
        Assessment a = ScenarioState.current().assessment(ref);
        LogReference received = a.event().logReference();
        String actual = a.event().notification() == null ? null
                : a.event().notification() + (received == null || received.assertion() == null ? " without a log reference flag"
                : " with " + words(received.assertion()));
        String expected = notification + " with " + words(assertion);
        if (!expected.equals(actual)) {
            throw Mismatch.of(ref, a, "a received trap", expected, actual == null ? "as no received trap" : actual);
        }
    }

    /**
     * The log record a received trap points at, written as the guide prints an ssLogReference; date and log file
     * may come in either order, as the guide prints both.
     */
    @Then("{line} received trap refers to {string}")
    public void receivedTrapRefersTo(LineRef ref, String reference) {
        LogReference expected = LogReference.parse(reference);
        if (expected == null) {
            throw new IllegalArgumentException(Mismatch.quoted(reference)
                    + " is not a log reference: write it as [host:ip / date / log file / process[pid] / 1 or 0].");
        }
        Assessment a = ScenarioState.current().assessment(ref);
        LogReference actual = a.event().logReference();
        if (actual == null || !sameRecord(expected, actual)) {
            throw Mismatch.of(ref, a, "a log reference to", describe(expected),
                    actual == null ? "without one" : describe(actual));
        }
    }

    private static void trapIsSent(LineRef ref, String notification, boolean assertion) {
        Assessment a = ScenarioState.current().assessment(ref);
        Trap t = a.trap();
        if (t == null || !t.notification().equals(notification) || t.assertion() != assertion) {
            throw Mismatch.of(ref, a, "trap", notification + " with " + words(assertion), Mismatch.trap(t));
        }
    }

    private static boolean sameRecord(LogReference x, LogReference y) {
        return List.of(nz(x.host()), nz(x.ip()), nz(x.timestampText()), nz(x.logFile()), nz(x.process()), nz(x.pid()))
                .equals(List.of(nz(y.host()), nz(y.ip()), nz(y.timestampText()), nz(y.logFile()), nz(y.process()), nz(y.pid())))
                && Objects.equals(x.assertion(), y.assertion());
    }

    private static String describe(LogReference r) {
        return "host " + nz(r.host()) + (r.ip() == null ? "" : " at " + r.ip()) + ", " + nz(r.logFile())
                + " at " + nz(r.timestampText()) + ", process " + nz(r.process()) + (r.pid() == null ? "" : "[" + r.pid() + "]")
                + ", " + (r.assertion() == null ? "no flag" : words(r.assertion()));
    }

    private static String words(boolean assertion) {
        return assertion ? "assert" : "de-assert";
    }

    /** Absent is empty, and runs of spaces are one: snmptrap squeezes them (Chapter 6). */
    private static String nz(String s) {
        return s == null ? "" : Prose.normal(s);
    }
}
