package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Finding;
import io.hsmlog.knowledge.Priority;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.hsmlog.engine.correlate.Lines.at;
import static io.hsmlog.engine.correlate.Scenario.assertLines;
import static io.hsmlog.engine.correlate.Scenario.assertNone;
import static io.hsmlog.engine.correlate.Scenario.findings;
import static io.hsmlog.engine.correlate.Scenario.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failed logins: SSH and console (8), the HSM admin (9), the REST API (10). */
class LoginCorrelationsTest {

    private static String failedPassword(String time, String user, String client) {
        return at(time, "authpriv info sshd[2" + time.replace(":", "") + "]: Failed password for " + user + " from "
                + client + " port 1615 ssh2");
    }

    private static String[] failures(int n, String user, String client, int secondsApart) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int s = i * secondsApart;
            lines.add(failedPassword(String.format("12:%02d:%02d", s / 60, s % 60), user, client));
        }
        return lines.toArray(String[]::new);
    }

    // ---- 8. repeated SSH or console failures ----

    @Test
    void fiveFailuresFromOneAddressWithinTenMinutes() {
        Finding f = only("ssh.repeated-failures-from-client", failures(5, "admin", "192.168.0.100", 30));
        assertEquals(Priority.HIGH, f.priority());
        assertLines(f, 1, 2, 3, 4, 5);
        assertEquals("5 failed SSH logins from 192.168.0.100 to myLuna within 2 minutes, the last for user admin at"
                + " 2012-02-29 12:02:00.", f.summary());
    }

    @Test
    void fourFailuresAreMistyping() {
        assertNone("ssh.repeated-failures-from-client", failures(4, "admin", "192.168.0.100", 30));
    }

    @Test
    void failuresSpreadOverAnHourAreNotRepeated() {
        assertNone("ssh.repeated-failures-from-client", failures(5, "admin", "192.168.0.100", 600));
    }

    @Test
    void failuresFromDifferentAddressesAreNotJoined() {
        String[] lines = {
                failedPassword("12:00:00", "admin", "192.168.0.100"), failedPassword("12:00:10", "admin", "192.168.0.101"),
                failedPassword("12:00:20", "admin", "192.168.0.102"), failedPassword("12:00:30", "admin", "192.168.0.103"),
                failedPassword("12:00:40", "admin", "192.168.0.104")};
        assertNone("ssh.repeated-failures-from-client", lines);
        // The same user name on all of them is what the user correlation looks for.
        only("login.repeated-failures-for-user", lines);
    }

    @Test
    void tenFailuresMakeTwoIncidents() {
        assertEquals(2, findings("ssh.repeated-failures-from-client", failures(10, "admin", "192.168.0.100", 10)).size());
    }

    @Test
    void sshAndConsoleFailuresForOneUserAreJoined() {
        Finding f = only("login.repeated-failures-for-user",
                failedPassword("12:00:00", "operator", "192.168.0.100"),
                failedPassword("12:00:30", "operator", "192.168.0.100"),
                at("12:01:00", "authpriv notice login: FAILED LOGIN 1 FROM (null) FOR operator, Authentication failure"),
                at("12:01:30", "authpriv notice login: FAILED LOGIN 2 FROM (null) FOR operator, Authentication failure"),
                failedPassword("12:02:00", "operator", "192.168.0.100"));
        assertTrue(f.summary().startsWith("5 failed logins for user operator on myLuna"), f.summary());
    }

    @Test
    void failuresForDifferentUsersAreNotJoined() {
        assertNone("login.repeated-failures-for-user",
                at("12:00:00", "authpriv notice login: FAILED LOGIN 1 FROM (null) FOR admin, Authentication failure"),
                at("12:00:10", "authpriv notice login: FAILED LOGIN 1 FROM (null) FOR monitor, Authentication failure"),
                at("12:00:20", "authpriv notice login: FAILED LOGIN 1 FROM (null) FOR operator, Authentication failure"),
                at("12:00:30", "authpriv notice login: FAILED LOGIN 1 FROM (null) FOR audit, Authentication failure"),
                at("12:00:40", "authpriv notice login: FAILED LOGIN 1 FROM (null) FOR recover, Authentication failure"));
    }

    @Test
    void pamIgnoringMaxRetriesAfterFailuresInOneSshSession() {
        Finding f = only("ssh.max-retries",
                at("12:05:01", "authpriv notice sshd[1234]: PAM 4 more authentication failures; logname= uid=0 euid=0"
                        + " tty=ssh ruser= rhost=10.101.18.32 user=admin"),
                at("12:05:01", "authpriv alert sshd[1234]: PAM service(sshd) ignoring max retries; 5 > 3"));
        assertEquals("An SSH session from 10.101.18.32 for user admin on myLuna exceeded the retry limit (5 > 3) at"
                + " 2012-02-29 12:05:01.", f.summary());
    }

    @Test
    void maxRetriesOfAnotherSshSessionIsNotJoined() {
        assertNone("ssh.max-retries",
                at("12:05:01", "authpriv notice sshd[1234]: PAM 4 more authentication failures; logname= uid=0 euid=0"
                        + " tty=ssh ruser= rhost=10.101.18.32 user=admin"),
                at("12:05:01", "authpriv alert sshd[4321]: PAM service(sshd) ignoring max retries; 5 > 3"));
    }

    @Test
    void consoleFailuresUpToTheRetryLimit() {
        Finding f = only("login.max-retries",
                at("12:05:01", "authpriv notice login: FAILED LOGIN 1 FROM (null) FOR admin, Authentication failure"),
                at("12:05:20", "authpriv notice login: FAILED LOGIN 2 FROM (null) FOR admin, Authentication failure"),
                at("12:05:40", "authpriv alert login: PAM service(login) ignoring max retries; 4 > 3"));
        assertLines(f, 2, 3);
    }

    @Test
    void theRetryLimitWithoutFailuresIsNotTheIncident() {
        assertNone("login.max-retries", at("12:05:40", "authpriv alert login: PAM service(login) ignoring max retries; 4 > 3"));
    }

    // ---- 9. HSM admin login, then zeroized ----

    private static final String INCORRECT = "local5 warn lunash [1234]: HSM Admin Login: incorrect password or PED key";
    private static final String ZEROIZED = "local5 warn lunash [1234]: HSM Admin Login: HSM Zeroized due to three"
            + " consecutive bad login attempts.";

    @Test
    void twoBadAdminLoginsLeaveOneAttempt() {
        Finding f = only("hsm.admin-login.one-attempt-left", at("12:05:01", INCORRECT), at("12:06:01", INCORRECT));
        assertEquals(Priority.HIGH, f.priority());
        assertTrue(f.summary().contains("one more wrong attempt zeroizes the HSM"), f.summary());
    }

    @Test
    void oneBadAdminLoginIsATypo() {
        assertNone("hsm.admin-login.one-attempt-left", at("12:05:01", INCORRECT));
    }

    @Test
    void badLoginsThenZeroized() {
        Finding f = only("hsm.zeroized-after-bad-logins",
                at("12:05:01", INCORRECT), at("12:06:01", INCORRECT), at("12:07:01", INCORRECT), at("12:07:01", ZEROIZED));
        assertEquals(Priority.CRITICAL, f.priority());
        assertLines(f, 1, 2, 3, 4);
        assertTrue(f.summary().contains("after 3 failed admin logins"), f.summary());
    }

    @Test
    void badLoginsOnAnotherHostDoNotExplainAZeroize() {
        assertNone("hsm.zeroized-after-bad-logins",
                at("12:05:01", "otherLuna", INCORRECT), at("12:06:01", "otherLuna", INCORRECT), at("12:07:01", ZEROIZED));
    }

    // ---- 10. REST API: failed logins, blacklisted, still trying ----

    private static String adminApi(String time, String message) {
        return at(time, "local5 err AdminAPI[1234]: error : 0 : " + message);
    }

    @Test
    void aBlacklistedClientKeepsTrying() {
        Finding f = only("adminapi.blacklisted-client",
                adminApi("12:05:01", "192.168.0.120 login attempt failed"),
                adminApi("12:05:10", "192.168.0.120 login attempt failed"),
                at("12:05:11", "local5 warn AdminAPI[1234]: warning : 0 : Added 192.168.0.120 to the blacklist"),
                at("12:20:00", "local5 crit AdminAPI[1234]: critical : 0 : Blacklisted user 192.168.0.120 attempted to connect"));
        assertEquals(Priority.HIGH, f.priority());
        assertLines(f, 2, 3, 4);
    }

    @Test
    void anotherClientsBlacklistingIsNotJoined() {
        assertNone("adminapi.blacklisted-client",
                adminApi("12:05:01", "192.168.0.120 login attempt failed"),
                at("12:05:11", "local5 warn AdminAPI[1234]: warning : 0 : Added 192.168.0.121 to the blacklist"),
                at("12:20:00", "local5 crit AdminAPI[1234]: critical : 0 : Blacklisted user 192.168.0.121 attempted to connect"));
    }

    @Test
    void aConnectAttemptBeforeTheBlacklistingIsNotTheSequence() {
        assertNone("adminapi.blacklisted-client",
                adminApi("12:05:01", "192.168.0.120 login attempt failed"),
                at("12:05:05", "local5 crit AdminAPI[1234]: critical : 0 : Blacklisted user 192.168.0.120 attempted to connect"),
                at("12:05:11", "local5 warn AdminAPI[1234]: warning : 0 : Added 192.168.0.120 to the blacklist"));
    }
}
