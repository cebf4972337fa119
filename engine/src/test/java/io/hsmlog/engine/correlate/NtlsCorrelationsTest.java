package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Finding;
import io.hsmlog.knowledge.Priority;
import org.junit.jupiter.api.Test;

import static io.hsmlog.engine.correlate.Lines.at;
import static io.hsmlog.engine.correlate.Scenario.assertLines;
import static io.hsmlog.engine.correlate.Scenario.assertNone;
import static io.hsmlog.engine.correlate.Scenario.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NTLS startup (11) and its certificate's expiry (12). */
class NtlsCorrelationsTest {
    private static final String STARTING = "local5 info NTLS [1234]: info : 0 : Starting up NTLS.....";
    private static final String ONLINE = "local5 info NTLS [1234]: info : 0 : NTLS is online and operational.";
    private static final String BIND_FAILED = "local5 crit NTLS [1234]: critical : 0xc0000500 : NTLS listening port could"
            + " not Bind : RC_SOCKET_ERROR";
    private static final String TERMINATING = "local5 crit NTLS [1234]: critical : 0xc0000102 : Failed to create server."
            + " Terminating.";

    // ---- 11. NTLS did not come online ----

    @Test
    void aStartWithoutOnlineNamesTheFailuresInBetween() {
        Finding f = only("ntls.startup-failed",
                at("12:05:01", STARTING), at("12:05:02", BIND_FAILED), at("12:05:02", TERMINATING),
                at("12:30:00", "local5 info lunash [77]: info : 0 : Command: hsm show : admin : Console"));
        assertEquals(Priority.CRITICAL, f.priority());
        assertLines(f, 1, 2, 3);
        assertEquals("NTLS on myLuna started at 2012-02-29 12:05:01 but was not online 5 minutes later. NTLS logged"
                + " meanwhile: NTLS listening port could not Bind : RC_SOCKET_ERROR; Failed to create server. Terminating.",
                f.summary());
        assertEquals("between: NTLS listening port could not Bind : RC_SOCKET_ERROR", f.timeline().get(1).text());
    }

    @Test
    void aStartThatComesOnlineIsNoIncident() {
        assertNone("ntls.startup-failed", at("12:05:01", STARTING), at("12:05:03", ONLINE), at("12:30:00", STARTING.replace("1234", "99")),
                at("12:30:02", ONLINE.replace("1234", "99")), at("13:00:00", ONLINE.replace("1234", "5")));
    }

    @Test
    void anotherProcessComingOnlineDoesNotAnswerTheFailedStart() {
        Finding f = only("ntls.startup-failed",
                at("12:05:01", STARTING), at("12:05:02", TERMINATING),
                at("12:06:00", STARTING.replace("1234", "1300")), at("12:06:02", ONLINE.replace("1234", "1300")),
                at("12:30:00", "local5 info lunash [77]: info : 0 : Command: hsm show : admin : Console"));
        assertLines(f, 1, 2);
    }

    @Test
    void anotherHostsFailuresAreNotNamed() {
        Finding f = only("ntls.startup-failed", at("12:05:01", STARTING), at("12:05:02", "otherLuna", TERMINATING));
        assertLines(f, 1);
        assertTrue(f.summary().endsWith("NTLS logged meanwhile: none logged"), f.summary());
        assertTrue(f.open(), "the log ends before the window closes");
    }

    @Test
    void aLateOnlineResolvesIt() {
        String[] lines = {at("12:05:01", STARTING), at("12:25:01", ONLINE)};
        only("ntls.startup-failed", lines);
        Finding late = only("ntls.startup-failed.resolved", lines);
        assertEquals(Priority.MEDIUM, late.priority());
        assertTrue(late.summary().contains("20 minutes after it started"), late.summary());
    }

    // ---- 12. certificate expiry ----

    private static String expires(String time, String date) {
        return at(time, "local5 info certmonitord[1234]: info : 0 : NTLS certificate will be expire on " + date);
    }

    @Test
    void daysLeftAreCountedFromTheLogTime() {
        Finding f = only("ntls.certificate-expiry", expires("12:05:01", "Mar 20 16:32:48 2012 GMT"));
        assertEquals(Priority.MEDIUM, f.priority());
        assertEquals("The NTLS certificate of myLuna expires on Mar 20 16:32:48 2012 GMT: 20 days after this warning at"
                + " 2012-02-29 12:05:01.", f.summary());
    }

    @Test
    void priorityRisesAsTheExpiryNears() {
        assertEquals(Priority.LOW, only("ntls.certificate-expiry", expires("12:05:01", "Jul 26 16:32:48 2023 GMT")).priority());
        assertEquals(Priority.MEDIUM, only("ntls.certificate-expiry", expires("12:05:01", "Mar 30 12:00:00 2012 GMT")).priority());
        assertEquals(Priority.HIGH, only("ntls.certificate-expiry", expires("12:05:01", "Mar  5 16:32:48 2012 GMT")).priority());
        assertEquals(Priority.CRITICAL, only("ntls.certificate-expiry", expires("12:05:01", "Feb 29 18:00:00 2012 GMT")).priority());
        assertEquals(Priority.CRITICAL, only("ntls.certificate-expiry", expires("12:05:01", "Jan 26 16:32:48 2012 GMT")).priority());
    }

    @Test
    void anUnreadableDateKeepsTheDefaultPriority() {
        Finding f = only("ntls.certificate-expiry", expires("12:05:01", "some day"));
        assertEquals(Priority.LOW, f.priority());
        assertFalse(f.summary().contains("null"), f.summary());
    }

    @Test
    void otherCertmonitordMessagesAreNoExpiry() {
        assertNone("ntls.certificate-expiry",
                at("12:05:01", "local5 info certmonitord[1234]: info : 0 : NTLS certificate expiry monitor started"));
    }
}
