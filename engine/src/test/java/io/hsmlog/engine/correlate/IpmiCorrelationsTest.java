package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Finding;
import io.hsmlog.knowledge.Priority;
import org.junit.jupiter.api.Test;

import static io.hsmlog.engine.correlate.Lines.at;
import static io.hsmlog.engine.correlate.Lines.cpu;
import static io.hsmlog.engine.correlate.Lines.fan;
import static io.hsmlog.engine.correlate.Lines.psu;
import static io.hsmlog.engine.correlate.Scenario.assertLines;
import static io.hsmlog.engine.correlate.Scenario.assertNone;
import static io.hsmlog.engine.correlate.Scenario.findings;
import static io.hsmlog.engine.correlate.Scenario.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chapter 3 "IPMI": thresholds, power supplies and the SEL buffer. */
class IpmiCorrelationsTest {

    // ---- 1. fan stopped, then recovered ----

    @Test
    void fanStoppedThenRecoveredIsTheGuidesExample() {
        Finding f = only("fan.stopped-then-recovered",
                fan("12:05:01", "Fan3B", "Lower Critical", 0, 2000),
                fan("12:05:51", "Fan3B", "Lower Non-recoverable", 15900, 1000));
        assertEquals(Priority.MEDIUM, f.priority());
        assertEquals("myLuna", f.host());
        assertLines(f, 1, 2);
        assertEquals("Fan Fan3B on myLuna stopped at 2012-02-29 12:05:01 (reading 0 RPM) and was spinning again"
                + " 50 seconds later (reading 15900 RPM).", f.summary());
        assertEquals(2, f.timeline().size());
        assertTrue(f.timeline().get(0).text().startsWith("stopped: Fan sensor Fan3B . Lower Critical"));
    }

    @Test
    void anotherFansRecoveryIsNotJoined() {
        assertNone("fan.stopped-then-recovered",
                fan("12:05:01", "Fan3B", "Lower Critical", 0, 2000),
                fan("12:05:51", "Fan1A", "Lower Non-recoverable", 15900, 1000));
    }

    @Test
    void aRecoveryAfterTheWindowIsNotJoined() {
        assertNone("fan.stopped-then-recovered",
                fan("12:05:01", "Fan3B", "Lower Critical", 0, 2000),
                fan("12:35:01", "Fan3B", "Lower Non-recoverable", 15900, 1000));
    }

    @Test
    void theSameFanOnAnotherHostIsNotJoined() {
        assertNone("fan.stopped-then-recovered",
                fan("12:05:01", "Fan3B", "Lower Critical", 0, 2000),
                at("12:05:51", "otherLuna", "local4 notice ipmievd: Fan sensor Fan3B . Lower Non-recoverable going low"
                        + " (Reading 15900 < Threshold 1000 RPM)"));
    }

    // ---- 2. escalating failure ----

    @Test
    void criticalThenNonRecoverableOnOneSensorEscalates() {
        Finding f = only("threshold.escalating",
                fan("12:05:01", "Fan3B", "Lower Critical", 1600, 2000),
                fan("12:05:11", "Fan3B", "Lower Non-recoverable", 500, 1000));
        assertEquals(Priority.CRITICAL, f.priority());
        assertLines(f, 1, 2);
        assertTrue(f.summary().contains("10 seconds later (reading 500)"), f.summary());
    }

    @Test
    void nonRecoverableOnAnotherSensorIsNotAnEscalation() {
        assertNone("threshold.escalating",
                fan("12:05:01", "Fan3B", "Lower Critical", 1600, 2000),
                fan("12:05:11", "Fan1A", "Lower Non-recoverable", 500, 1000));
    }

    @Test
    void aNonRecoverableDeassertIsNotAnEscalation() {
        assertNone("threshold.escalating",
                fan("12:05:01", "Fan3B", "Lower Critical", 1600, 2000),
                fan("12:05:11", "Fan3B", "Lower Non-recoverable", 5100, 1000));
    }

    // ---- 3. a threshold that stays asserted ----

    @Test
    void anAssertWithoutDeassertPersists() {
        Finding f = only("threshold.persists",
                cpu("12:05:01", "Upper Critical", 75, 72),
                at("12:30:00", "local4 notice ipmievd: Reading sensors..."));
        assertEquals(Priority.HIGH, f.priority());
        assertLines(f, 1);
        assertFalse(f.open());
        assertEquals("CPU on myLuna asserted its Upper Critical threshold at 2012-02-29 12:05:01 (reading 75) and was"
                + " still asserted 15 minutes later: no de-assert was logged.", f.summary());
    }

    @Test
    void aDeassertWithinTheWindowMeansItDidNotPersist() {
        assertNone("threshold.persists",
                cpu("12:05:01", "Upper Critical", 75, 72),
                cpu("12:09:00", "Upper Critical", 60, 72),
                at("12:40:00", "local4 notice ipmievd: Reading sensors..."));
    }

    @Test
    void anotherSensorsDeassertDoesNotAnswerIt() {
        assertEquals(1, findings("threshold.persists",
                cpu("12:05:01", "Upper Critical", 75, 72),
                fan("12:06:00", "Fan3B", "Lower Critical", 2600, 2000),
                at("12:40:00", "local4 notice ipmievd: Reading sensors...")).size());
    }

    @Test
    void aLaterDeassertResolvesIt() {
        String[] lines = {
                cpu("12:05:01", "Upper Critical", 75, 72),
                cpu("14:05:01", "Upper Critical", 60, 72)};
        only("threshold.persists", lines);
        Finding resolved = only("threshold.persists.resolved", lines);
        assertEquals(Priority.LOW, resolved.priority());
        assertLines(resolved, 1, 2);
        assertTrue(resolved.summary().contains("2 hours after it asserted"), resolved.summary());
    }

    @Test
    void aNonRecoverableAssertPersistingIsCritical() {
        Finding f = only("threshold.persists",
                cpu("12:05:01", "Upper Non-recoverable", 92, 89),
                at("12:30:00", "local4 notice ipmievd: Reading sensors..."));
        assertEquals(Priority.CRITICAL, f.priority());
    }

    @Test
    void theLogEndingInsideTheWindowReportsItOpen() {
        Finding f = only("threshold.persists", cpu("12:05:01", "Upper Critical", 75, 72));
        assertTrue(f.open());
    }

    @Test
    void aRepeatedAssertIsOneCondition() {
        assertEquals(1, findings("threshold.persists",
                fan("12:05:01", "Fan3B", "Lower Critical", 1600, 2000),
                fan("12:05:11", "Fan3B", "Lower Non-recoverable", 500, 1000),
                at("12:40:00", "local4 notice ipmievd: Reading sensors...")).size());
    }

    @Test
    void oneDeassertAnswersEveryAssertWaitingForIt() {
        assertNone("threshold.persists",
                cpu("12:05:01", "Upper Critical", 75, 72),
                cpu("12:10:00", "Upper Critical", 77, 72),
                cpu("12:12:00", "Upper Critical", 60, 72),
                at("12:40:00", "local4 notice ipmievd: Reading sensors..."));
    }

    @Test
    void anAssertAfterTheConditionClearedIsANewCondition() {
        // The first assert was answered before the second came, so the second does not repeat a waiting one.
        Finding f = only("threshold.persists",
                cpu("12:05:01", "Upper Critical", 75, 72),
                cpu("12:07:00", "Upper Critical", 60, 72),
                cpu("12:10:00", "Upper Critical", 78, 72),
                at("12:40:00", "local4 notice ipmievd: Reading sensors..."));
        assertLines(f, 3);
    }

    // ---- 4. power supply failed, then restored; failed and not restored ----

    @Test
    void aPowerSupplyFailedThenRestored() {
        Finding f = only("power-supply.failed-then-restored",
                psu("12:05:01", "myLuna", "PSU2_Status", "Asserted"),
                psu("12:07:01", "myLuna", "PSU2_Status", "Deasserted"));
        assertEquals("Power supply PSU2_Status on myLuna failed at 2012-02-29 12:05:01 and was operational again"
                + " 2 minutes later.", f.summary());
        assertNone("power-supply.still-failed",
                psu("12:05:01", "myLuna", "PSU2_Status", "Asserted"),
                psu("12:07:01", "myLuna", "PSU2_Status", "Deasserted"));
    }

    @Test
    void theOtherSupplysRestoreIsNotJoined() {
        String[] lines = {
                psu("12:05:01", "myLuna", "PSU2_Status", "Asserted"),
                psu("12:07:01", "myLuna", "PSU1_Status", "Deasserted"),
                at("13:30:00", "local4 notice ipmievd: Reading sensors...")};
        assertNone("power-supply.failed-then-restored", lines);
        Finding still = only("power-supply.still-failed", lines);
        assertEquals(Priority.HIGH, still.priority());
        assertLines(still, 1);
    }

    @Test
    void aSupplyNeverRestoredIsReportedAfterAnHourAndResolvedLater() {
        String[] lines = {
                psu("12:05:01", "myLuna", "PSU2_Status", "Asserted"),
                at("13:10:00", "local4 notice ipmievd: Reading sensors..."),
                psu("Mar 1 09:00:00", "myLuna", "PSU2_Status", "Deasserted")};
        assertNone("power-supply.failed-then-restored", lines);
        only("power-supply.still-failed", lines);
        Finding resolved = only("power-supply.still-failed.resolved", lines);
        assertLines(resolved, 1, 3);
    }

    @Test
    void anotherHostsRestoreIsNotJoined() {
        assertNone("power-supply.failed-then-restored",
                psu("12:05:01", "myLuna", "PSU2_Status", "Asserted"),
                psu("12:07:01", "otherLuna", "PSU2_Status", "Deasserted"));
    }

    // ---- 6. SEL buffer ----

    private static final String SEL_85 = "local4 warning ipmiev: SEL buffer used at 85%, please consider clearing the SEL buffer";
    private static final String SEL_OVERFLOW = "local4 alert ipmiev: SEL buffer overflow, no SEL message can be logged until the SEL buffer is cleared";
    private static final String SEL_CLEARED = "local4 notice ipmievd: SEL overflow is cleared";

    @Test
    void theSelFilledUpAndWasCleared() {
        String[] lines = {at("09:00:00", SEL_85), at("15:30:00", SEL_OVERFLOW), at("Mar 1 10:00:00", SEL_CLEARED)};
        Finding filling = only("sel.filling-up", lines);
        assertEquals(Priority.HIGH, filling.priority());
        assertLines(filling, 1, 2);
        assertTrue(filling.summary().contains("85% full at 2012-02-29 09:00:00 and overflowed 6 hours 30 minutes later"),
                filling.summary());
        Finding cleared = only("sel.overflow-cleared", lines);
        assertLines(cleared, 1, 2, 3);
    }

    @Test
    void anOverflowWithoutTheWarningIsNotTheSequence() {
        String[] lines = {at("15:30:00", SEL_OVERFLOW), at("Mar 1 10:00:00", SEL_CLEARED)};
        assertNone("sel.filling-up", lines);
        assertNone("sel.overflow-cleared", lines);
    }

    @Test
    void anotherHostsOverflowIsNotJoined() {
        assertNone("sel.filling-up", at("09:00:00", SEL_85), at("15:30:00", "otherLuna", SEL_OVERFLOW));
    }

    @Test
    void aClearingBeforeTheOverflowDoesNotCount() {
        assertNone("sel.overflow-cleared", at("09:00:00", SEL_85), at("10:00:00", SEL_CLEARED), at("15:30:00", SEL_OVERFLOW));
    }
}
