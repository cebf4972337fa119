package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Finding;
import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.engine.parse.Source;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static io.hsmlog.engine.correlate.Lines.at;
import static io.hsmlog.engine.correlate.Lines.fan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the correlator keeps time and lines, whatever the correlations. */
class CorrelatorTest {
    private static final CorrelationBase CASES = CorrelationBase.build(Scenario.withCorrelations(
            Scenario.ENGINE.knowledge(), resource("/correlate/cases")));

    private static final String STARTING = "local5 info NTLS [1234]: info : 0 : Starting up NTLS.....";
    private static final String ONLINE = "local5 info NTLS [1234]: info : 0 : NTLS is online and operational.";
    private static final String SHOW = "local5 info lunash [1234]: info : 0 : Command: hsm show : admin : Console";
    private static final String LIST = "local5 info lunash [1234]: info : 0 : Command: my file list : admin : Console";
    private static final String RESET = "local4 notice ipmievd: OEM sensor - OEM Specific";
    private static final String UNRELATED = "local4 notice ipmievd: Reading sensors...";

    @Test
    void aWindowClosesWhenLogTimePassesIt() {
        Correlator c = Scenario.BASE.newCorrelator();
        List<Assessment> in = Scenario.ENGINE.assess(List.of(at("12:05:01", STARTING), at("12:10:01", UNRELATED),
                at("12:10:02", UNRELATED)));
        assertTrue(c.accept(in.get(0)).isEmpty());
        assertTrue(c.accept(in.get(1)).isEmpty(), "exactly five minutes later the window is still open");
        List<Finding> closed = c.accept(in.get(2));
        assertEquals(List.of("ntls.startup-failed"), closed.stream().map(Finding::rule).toList());
        assertFalse(closed.get(0).open());
    }

    @Test
    void aQuietStreamClosesWindowsWhenToldTheTime() {
        Correlator c = Scenario.BASE.newCorrelator();
        assertTrue(c.accept(Scenario.ENGINE.assess(List.of(at("12:05:01", STARTING))).get(0)).isEmpty());
        assertTrue(c.advanceTo(LocalDateTime.of(2012, 2, 29, 12, 6)).isEmpty());
        assertEquals(1, c.advanceTo(LocalDateTime.of(2012, 2, 29, 12, 11)).size());
        assertTrue(c.advanceTo(LocalDateTime.of(2012, 2, 29, 12, 0)).isEmpty(), "time does not go back");
    }

    @Test
    void aLineLoggedEarlierCountsAsLoggedWhenItArrives() {
        List<Finding> found = Scenario.replay(
                at("12:05:01", STARTING),
                at("11:00:00", "otherLuna", UNRELATED),
                at("12:05:02", ONLINE));
        assertTrue(found.stream().noneMatch(f -> f.rule().startsWith("ntls.")), found::toString);
    }

    @Test
    void appliancesWhoseClocksDisagreeEachKeepTheirOwnTime() {
        // otherLuna's clock is a day behind myLuna's: by its own clock its fan spins again 39 seconds after it stopped.
        Finding f = Scenario.only("fan.stopped-then-recovered",
                at("Mar 1 12:00:00", UNRELATED),
                fan("12:05:01", "otherLuna", "Fan3B", "Lower Critical", 0, 2000),
                at("Mar 1 12:00:30", UNRELATED),
                fan("12:05:40", "otherLuna", "Fan3B", "Lower Non-recoverable", 15900, 1000));
        assertEquals("otherLuna", f.host());
        assertEquals("39 seconds", f.summary().replaceAll(".*spinning again (.*) later.*", "$1"));
    }

    @Test
    void logsOfAppliancesGivenOneAfterTheOtherCloseTheirWindowsInTheirOwnTime() {
        List<Finding> found = Scenario.findings("ntls.startup-failed",
                at("12:05:01", STARTING), at("12:20:00", UNRELATED),
                at("12:05:01", "otherLuna", STARTING), at("12:11:00", "otherLuna", UNRELATED));
        assertEquals(List.of("myLuna", "otherLuna"), found.stream().map(Finding::host).toList());
        assertTrue(found.stream().noneMatch(Finding::open), "both windows closed before the input ended: " + found);
    }

    @Test
    void aLineOnlyMinutesLateIsNotALogStartingOver() {
        List<Finding> found = Scenario.findings("ntls.startup-failed",
                at("12:05:01", STARTING), at("12:30:00", UNRELATED), at("12:06:00", ONLINE));
        assertEquals(1, found.size(), "the late online came after the window: " + found);
    }

    @Test
    void aLiveStreamToldTheTimeDoesNotStartAnApplianceOverWhoseClockIsBehind() {
        // The service tells the correlator its own time, two hours ahead of the appliance's clock.
        Correlator c = Scenario.BASE.newCorrelator();
        List<Assessment> in = Scenario.ENGINE.assess(List.of(
                fan("12:10:00", "Fan3B", "Lower Critical", 0, 2000),
                fan("12:10:40", "Fan3B", "Lower Non-recoverable", 15900, 1000)));
        assertTrue(c.accept(in.get(0)).isEmpty());
        assertEquals(List.of("threshold.persists"), c.advanceTo(LocalDateTime.of(2012, 2, 29, 14, 10, 10)).stream()
                .map(Finding::rule).toList());
        assertEquals(List.of("threshold.persists.resolved"), c.accept(in.get(1)).stream().map(Finding::rule).toList(),
                "the de-assert, two hours behind the time the stream was told, is on the same timeline");
    }

    @Test
    void aLogThatStartsOverIsJoinedAgainNotPiledUp() {
        // The same hour and a half of log twice, as when a file is given twice.
        Correlator c = Scenario.BASE.newCorrelator();
        List<Finding> found = new ArrayList<>();
        for (Assessment a : Scenario.ENGINE.assess(List.of(
                at("12:05:01", STARTING), at("12:11:00", UNRELATED), at("13:30:00", UNRELATED),
                at("12:05:01", STARTING), at("12:11:00", UNRELATED), at("13:30:00", UNRELATED)))) {
            found.addAll(c.accept(a));
        }
        assertEquals(List.of("ntls.startup-failed", "ntls.startup-failed"), found.stream().map(Finding::rule).toList(),
                "the second start-up failure is found as the log tells it, before the end of input");
        assertTrue(found.stream().noneMatch(Finding::open));
        assertEquals(0, c.factCount(), "the first copy's lines went with its timeline, the second's as its windows closed");
        assertTrue(c.finish().isEmpty());
    }

    @Test
    void aLineWithoutTimestampTakesTheLastTimeSeen() {
        Correlator c = Scenario.BASE.newCorrelator();
        List<Assessment> in = Scenario.ENGINE.assess(List.of(
                fan("12:05:01", "Fan3B", "Lower Critical", 0, 2000),
                fan("12:05:40", "Fan3B", "Lower Non-recoverable", 15900, 1000)));
        c.accept(in.get(0));
        List<Finding> found = c.accept(withoutTimestamp(in.get(1)));
        assertEquals(List.of("fan.stopped-then-recovered"), found.stream().map(Finding::rule).toList());
        assertEquals("0 seconds", found.get(0).summary().replaceAll(".*spinning again (.*) later.*", "$1"));
    }

    @Test
    void finishReportsWhatWasStillWaitingAndEndsTheStream() {
        Correlator c = Scenario.BASE.newCorrelator();
        c.accept(Scenario.ENGINE.assess(List.of(at("12:05:01", STARTING))).get(0));
        List<Finding> open = c.finish();
        assertEquals(1, open.size());
        assertTrue(open.get(0).open());
        assertEquals(0, c.factCount());
        assertThrows(IllegalStateException.class, () -> c.accept(Scenario.ENGINE.assess(List.of(at("12:06:00", ONLINE))).get(0)));
    }

    @Test
    void linesAreRemovedOnceNoWindowCanUseThem() {
        Correlator c = Scenario.BASE.newCorrelator();
        for (Assessment a : Scenario.ENGINE.assess(List.of(
                fan("12:05:01", "Fan3B", "Lower Critical", 0, 2000),
                fan("12:05:51", "Fan3B", "Lower Non-recoverable", 15900, 1000),
                at("12:06:00", STARTING), at("12:06:01", ONLINE)))) {
            c.accept(a);
        }
        assertEquals(4, c.factCount());
        c.advanceTo(LocalDateTime.of(2012, 2, 29, 14, 0));
        assertEquals(0, c.factCount());
    }

    @Test
    void aReportedAbsenceKeepsItsFirstLineForItsResolutionOnly() {
        Correlator c = Scenario.BASE.newCorrelator();
        c.accept(Scenario.ENGINE.assess(List.of(at("12:05:01", STARTING))).get(0));
        c.advanceTo(LocalDateTime.of(2012, 2, 29, 12, 30));
        assertEquals(1, c.factCount(), "kept for a late online");
        c.advanceTo(LocalDateTime.of(2012, 2, 29, 13, 6));
        assertEquals(0, c.factCount());
    }

    @Test
    void removingALineThatBlockedASequenceDoesNotCompleteIt() {
        // "hsm show" is kept an hour by test.show-then-reset; "my file list" and the resets a minute.
        List<Finding> found = replay(CASES,
                at("12:00:00", SHOW), at("12:00:10", LIST), at("12:00:20", RESET), at("12:00:30", RESET),
                at("12:01:25", UNRELATED), at("12:30:00", UNRELATED));
        assertEquals(List.of("test.command-then-reset"), found.stream().map(Finding::rule).toList());
        Scenario.assertLines(found.get(0), 2, 3);
    }

    @Test
    void removingTheAwaitedLineDoesNotReportTheAbsence() {
        // The start is kept an hour by test.start-then-shutdown, the online line two minutes.
        List<Finding> found = replay(CASES,
                at("12:00:00", STARTING), at("12:00:30", ONLINE), at("12:05:00", UNRELATED), at("12:30:00", UNRELATED));
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void anAbsenceStillFiresWhenItsLinesAreKeptLonger() {
        List<Finding> found = replay(CASES, at("12:00:00", STARTING), at("12:05:00", UNRELATED));
        assertEquals(List.of("test.start-without-online"), found.stream().map(Finding::rule).toList());
    }

    private static List<Finding> replay(CorrelationBase base, String... lines) {
        Correlator c = base.newCorrelator();
        List<Finding> out = new ArrayList<>();
        for (Assessment a : Scenario.ENGINE.assess(List.of(lines))) out.addAll(c.accept(a));
        out.addAll(c.finish());
        return out;
    }

    private static Assessment withoutTimestamp(Assessment a) {
        LogEvent e = a.event();
        LogEvent bare = LogEvent.builder(e.line(), Source.SYSLOG).raw(e.raw()).host(e.host()).facility(e.facility())
                .severity(e.severity()).process(e.process()).pid(e.pid()).message(e.message()).build();
        return new Assessment(bare, a.component(), a.entry(), a.title(), a.group(), a.priority(), a.meaning(),
                a.action(), a.fields(), a.trap(), a.rulesFired());
    }

    private static Path resource(String name) {
        try {
            return Path.of(CorrelatorTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
