package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Finding;
import io.hsmlog.knowledge.Priority;
import org.junit.jupiter.api.Test;

import static io.hsmlog.engine.correlate.Lines.at;
import static io.hsmlog.engine.correlate.Scenario.assertLines;
import static io.hsmlog.engine.correlate.Scenario.assertNone;
import static io.hsmlog.engine.correlate.Scenario.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 7. Chapter 4 "cron & crontab", Disk Filling. */
class DiskCorrelationsTest {
    private static final String AT_75 = "syslog warn crontab: DISK FULL: WARNING! First log threshold reached 75%."
            + " Please clean up the logs using the \"syslog cleanup\" command";
    private static final String AT_90 = "syslog alert crontab: DISK FULL: 90%. All log files except hsm.log deleted.";
    private static final String AT_95 = "syslog emerg crontab: DISK FULL: EMERGENCY! Third log threshold reached 95%."
            + " Stopping NTLS";
    private static final String NTLS_SHUTDOWN = "local5 info NTLS [1234]: info : 0 : Shutting down NTLS....";

    @Test
    void theDiskFillsThroughItsThreeThresholds() {
        Finding f = only("disk.filling-up",
                at("Feb 27 12:00:00", AT_75), at("Feb 27 13:00:00", AT_75),
                at("Feb 28 12:00:00", AT_90),
                at("Feb 29 12:00:00", AT_95));
        assertEquals(Priority.CRITICAL, f.priority());
        assertLines(f, 2, 3, 4);
        assertTrue(f.summary().contains("75% at 2012-02-27 13:00:00, 90% at 2012-02-28 12:00:00, 95% at"
                + " 2012-02-29 12:00:00, when NTLS was stopped. Expect NTLS to stay down"), f.summary());
    }

    @Test
    void eachStepIsTheLatestOfItsKindBeforeTheNext() {
        // Three first thresholds, then two second ones: the incident runs from the last first to the last second.
        Finding f = only("disk.filling-up",
                at("Feb 27 10:00:00", AT_75), at("Feb 27 11:00:00", AT_75), at("Feb 27 12:00:00", AT_75),
                at("Feb 28 11:00:00", AT_90), at("Feb 28 12:00:00", AT_90),
                at("Feb 29 12:00:00", AT_95));
        assertLines(f, 3, 5, 6);
    }

    @Test
    void aFirstThresholdAfterTheSecondDoesNotUndoIt() {
        // The disk went back under 75% and over it again: the earlier first and second thresholds still lead to
        // the third, and the later first threshold, which no second followed, is not part of it.
        Finding f = only("disk.filling-up",
                at("Feb 27 12:00:00", AT_75), at("Feb 28 12:00:00", AT_90), at("Feb 28 18:00:00", AT_75),
                at("Feb 29 12:00:00", AT_95));
        assertLines(f, 1, 2, 4);
    }

    @Test
    void withoutTheSecondThresholdItIsNotTheSequence() {
        assertNone("disk.filling-up", at("Feb 28 12:00:00", AT_75), at("Feb 29 12:00:00", AT_95));
    }

    @Test
    void thresholdsOfTwoHostsAreNotJoined() {
        assertNone("disk.filling-up",
                at("Feb 27 12:00:00", AT_75), at("Feb 28 12:00:00", "otherLuna", AT_90), at("Feb 29 12:00:00", AT_95));
    }

    @Test
    void aFirstThresholdLongAgoIsNotPartOfIt() {
        assertNone("disk.filling-up",
                at("Feb 20 12:00:00", AT_75), at("Feb 28 12:00:00", AT_90), at("Feb 29 12:00:00", AT_95));
    }

    @Test
    void ntlsShuttingDownAfterStoppingNtlsIsExpected() {
        Finding f = only("disk.ntls-stopped", at("12:00:00", AT_95), at("12:00:02", NTLS_SHUTDOWN));
        assertLines(f, 1, 2);
        assertTrue(f.summary().contains("because the log disk reached 95%"), f.summary());
    }

    @Test
    void anNtlsShutdownWithoutAFullDiskIsNotExplainedByIt() {
        assertNone("disk.ntls-stopped", at("12:00:02", NTLS_SHUTDOWN));
        assertNone("disk.ntls-stopped", at("11:00:00", AT_95), at("12:00:02", NTLS_SHUTDOWN));
    }
}
