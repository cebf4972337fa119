package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Engine;
import io.hsmlog.engine.Finding;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.correlation.Correlation;
import io.hsmlog.knowledge.load.KnowledgeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.hsmlog.engine.correlate.Lines.at;
import static io.hsmlog.engine.correlate.Lines.cpu;
import static io.hsmlog.engine.correlate.Lines.fan;
import static io.hsmlog.engine.correlate.Lines.psu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in correlations against the built-in entries: every entry and field they name exists (the same check
 * the loader runs), and each incident is found in the guide's own lines.
 */
class BuiltInCorrelationsTest {
    private static Engine engine;
    private static CorrelationBase base;

    @BeforeAll
    static void load() throws KnowledgeException {
        engine = Engine.builder().defaultYear(2012).threads(1).build();
        Knowledge k = Scenario.withCorrelations(engine.knowledge(), Scenario.BUILT_IN);
        base = CorrelationBase.build(k);
    }

    @Test
    void everyBuiltInCorrelationNamesEntriesThatExist() {
        Knowledge k = Scenario.withCorrelations(engine.knowledge(), Scenario.BUILT_IN);
        for (Correlation c : k.correlations()) {
            c.steps().forEach(s -> s.anyOf().forEach(sel -> sel.entries().forEach(id ->
                    assertTrue(k.entry(id) != null, c.id() + " names " + id))));
        }
        assertTrue(k.correlations().size() >= 14, "the issue's fourteen incidents at least");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guideScenarios")
    void theIncidentIsFoundInTheGuidesLines(String rule, List<String> lines) {
        Correlator c = base.newCorrelator();
        List<Finding> found = new ArrayList<>();
        for (Assessment a : engine.assess(lines)) found.addAll(c.accept(a));
        found.addAll(c.finish());
        assertEquals(1, found.stream().filter(f -> f.rule().equals(rule)).count(), () -> rule + " in " + found);
    }

    @Test
    void everyCorrelationHasAGuideScenario() {
        Set<String> covered = new TreeSet<>();
        guideScenarios().forEach(a -> covered.add((String) a.get()[0]));
        Set<String> rules = new TreeSet<>();
        for (Correlation c : Scenario.withCorrelations(engine.knowledge(), Scenario.BUILT_IN).correlations()) {
            rules.add(c.id());
            if (c.resolution() != null) rules.add(c.id() + Correlation.RESOLVED);
        }
        assertEquals(rules, covered);
    }

    static Stream<Arguments> guideScenarios() {
        String fanStop = fan("12:05:01", "Fan3B", "Lower Critical", 0, 2000);
        String later = at("13:30:00", "local4 notice ipmievd: Reading sensors...");
        String starting = "local5 info NTLS [1234]: info : 0 : Starting up NTLS.....";
        String incorrect = "local5 warn lunash [1234]: HSM Admin Login: incorrect password or PED key";
        return Stream.of(
                scenario("fan.stopped-then-recovered", fanStop, fan("12:05:51", "Fan3B", "Lower Non-recoverable", 15900, 1000)),
                scenario("threshold.escalating", fan("12:05:01", "Fan3B", "Lower Critical", 1600, 2000),
                        fan("12:05:11", "Fan3B", "Lower Non-recoverable", 500, 1000)),
                scenario("threshold.persists", cpu("12:05:01", "Upper Critical", 75, 72), later),
                scenario("threshold.persists.resolved", cpu("12:05:01", "Upper Critical", 75, 72), later,
                        cpu("14:05:01", "Upper Critical", 60, 72)),
                scenario("power-supply.failed-then-restored", psu("12:05:01", "myLuna", "PSU2_Status", "Asserted"),
                        psu("12:07:01", "myLuna", "PSU2_Status", "Deasserted")),
                scenario("power-supply.still-failed", psu("12:05:01", "myLuna", "PSU2_Status", "Asserted"), later),
                scenario("power-supply.still-failed.resolved", psu("12:05:01", "myLuna", "PSU2_Status", "Asserted"), later,
                        psu("15:00:00", "myLuna", "PSU2_Status", "Deasserted")),
                scenario("sel.filling-up",
                        at("09:00:00", "local4 warning ipmiev: SEL buffer used at 85%, please consider clearing the SEL buffer"),
                        at("15:30:00", "local4 alert ipmiev: SEL buffer overflow, no SEL message can be logged until the SEL buffer is cleared")),
                scenario("sel.overflow-cleared",
                        at("09:00:00", "local4 warning ipmievd: SEL buffer is 85% full, please consider clearing the SEL buffer"),
                        at("15:30:00", "local4 alert ipmievd: SEL buffer overflow, no new SEL message will be logged until the SEL buffer is cleared"),
                        at("18:00:00", "local4 notice ipmievd: SEL overflow is cleared")),
                scenario("power.planned-restart",
                        at("12:05:01", "syslog info lush: uptime before reboot: 12:05:01 up 8 min, 1 user, load average: 0.09, 0.04, 0.01"),
                        at("12:07:30", "local4 notice ipmievd: OEM sensor - OEM Specific")),
                scenario("watchdog.disabled-by-admin",
                        at("12:05:01", "user info wdt_heartbeat: Disabled the WDT heartbeat program."),
                        at("12:05:01", "kern info kernel: iTCO_wdt: Unexpected close, not stopping watchdog.")),
                scenario("disk.filling-up",
                        at("Feb 27 12:00:00", "syslog warn crontab: DISK FULL: WARNING! First log threshold reached 75%. Please"
                                + " clean up the logs using the \"syslog cleanup\" command"),
                        at("Feb 28 12:00:00", "syslog alert crontab: DISK FULL: Second log threshold reached 90%. Created"
                                + " logs_diskFull_20120229_1234.tgz and deleted all log files."),
                        at("12:00:00", "syslog emerg crontab: DISK FULL: EMERGENCY! Third log threshold reached 95%. Stopping NTLS")),
                scenario("disk.ntls-stopped",
                        at("12:00:00", "syslog emerg crontab: DISK FULL: EMERGENCY! Third log threshold reached 95%. Stopping NTLS"),
                        at("12:00:01", "local5 info NTLS [1234]: info : 0 : Shutting down NTLS....")),
                scenario("ssh.repeated-failures-from-client", repeated(5,
                        "authpriv info sshd[1234]: Failed password for admin from 192.168.0.100 port 1615 ssh2")),
                scenario("login.repeated-failures-for-user", repeated(5,
                        "authpriv notice login: FAILED LOGIN 1 FROM (null) FOR admin, User not known to the underlying"
                                + " authentication module")),
                scenario("ssh.max-retries",
                        at("12:05:01", "authpriv notice sshd[1234]: PAM 4 more authentication failures; logname= uid=0 euid=0"
                                + " tty=ssh ruser= rhost=10.101.18.32 user=admin"),
                        at("12:05:01", "authpriv alert sshd[1234]: PAM service(sshd) ignoring max retries; 5 > 3")),
                scenario("login.max-retries",
                        at("12:05:01", "authpriv notice login: FAILED LOGIN 1 FROM (null) FOR admin, User not known to the"
                                + " underlying authentication module"),
                        at("12:05:01", "authpriv alert login: PAM service(login) ignoring max retries; 4 > 3")),
                scenario("hsm.admin-login.one-attempt-left", at("12:05:01", incorrect), at("12:06:01", incorrect)),
                scenario("hsm.zeroized-after-bad-logins", at("12:05:01", incorrect), at("12:06:01", incorrect),
                        at("12:07:01", "local5 warn lunash [1234]: HSM Admin Login: HSM Zeroized due to three consecutive bad"
                                + " login attempts.")),
                scenario("adminapi.blacklisted-client",
                        at("12:05:01", "local5 err AdminAPI[1234]: error : 0 : 192.168.0.120 login attempt failed"),
                        at("12:05:02", "local5 warn AdminAPI[1234]: warning : 0 : Added 192.168.0.120 to the blacklist"),
                        at("12:05:30", "local5 crit AdminAPI[1234]: critical : 0 : Blacklisted user 192.168.0.120 attempted to connect")),
                scenario("ntls.startup-failed", at("12:05:01", starting),
                        at("12:05:01", "local5 crit NTLS [1234]: critical : 0xc0000102 : Failed to create server. Terminating."),
                        later),
                scenario("ntls.startup-failed.resolved", at("12:05:01", starting), at("12:15:01",
                        "local5 info NTLS [1234]: info : 0 : NTLS is online and operational.")),
                scenario("ntls.certificate-expiry", at("12:05:01", "local5 info certmonitord[1234]: info : 0 : NTLS certificate"
                        + " will be expire on Jul 26 16:32:48 2023 GMT")),
                scenario("trap.log-record", fanStop, "SAFENET-APPLIANCE-MIB::fanAttentionNotify, SAFENET-APPLIANCE-MIB::"
                        + "ssLogReference = [myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / ipmievd[1234] / 1]"));
    }

    private static Arguments scenario(String rule, String... lines) {
        return Arguments.of(rule, List.of(lines));
    }

    private static String[] repeated(int n, String rest) {
        String[] lines = new String[n];
        for (int i = 0; i < n; i++) lines[i] = at(String.format("12:05:%02d", i * 10), rest);
        return lines;
    }
}
