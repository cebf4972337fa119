package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Finding;
import io.hsmlog.knowledge.Priority;
import org.junit.jupiter.api.Test;

import static io.hsmlog.engine.correlate.Lines.at;
import static io.hsmlog.engine.correlate.Lines.fan;
import static io.hsmlog.engine.correlate.Scenario.assertLines;
import static io.hsmlog.engine.correlate.Scenario.assertNone;
import static io.hsmlog.engine.correlate.Scenario.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 13. A trap and the log record its ssLogReference points at. */
class TrapCorrelationTest {
    private static String trap(String notification, String reference) {
        return "SAFENET-APPLIANCE-MIB::" + notification + ", SAFENET-APPLIANCE-MIB::ssLogReference = [" + reference + "]";
    }

    @Test
    void aTrapIsJoinedWithTheLineItRefersTo() {
        Finding f = only("trap.log-record",
                fan("12:05:01", "Fan3B", "Lower Critical", 1600, 2000),
                trap("fanAttentionNotify", "myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / ipmievd[1234] / 1"));
        assertLines(f, 1, 2);
        assertEquals(Priority.HIGH, f.priority());
        assertTrue(f.summary().startsWith("Trap fanAttentionNotify from myLuna refers to the line logged at 2012-02-29"
                + " 12:05:01 by ipmievd: Fan sensor Fan3B . Lower Critical going low"), f.summary());
    }

    @Test
    void theTrapMayComeFirst() {
        only("trap.log-record",
                trap("fanAttentionNotify", "myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / ipmievd / 1"),
                fan("12:05:01", "Fan3B", "Lower Critical", 1600, 2000));
    }

    @Test
    void aTrapForAnotherTimeIsNotJoined() {
        assertNone("trap.log-record",
                fan("12:05:01", "Fan3B", "Lower Critical", 1600, 2000),
                trap("fanAttentionNotify", "myLuna:192.168.0.101 / 2012 Feb 29 12:05:09 / messages / ipmievd[1234] / 1"));
    }

    @Test
    void aTrapForAnotherHostIsNotJoined() {
        assertNone("trap.log-record",
                fan("12:05:01", "Fan3B", "Lower Critical", 1600, 2000),
                trap("fanAttentionNotify", "otherLuna:192.168.0.102 / 2012 Feb 29 12:05:01 / messages / ipmievd[1234] / 1"));
    }

    @Test
    void aLineTheAgentSendsNoTrapForIsNotJoined() {
        assertNone("trap.log-record",
                at("12:05:01", "local4 notice ipmievd: Temperature sensor CPU . Upper Critical going high (Reading 75 >"
                        + " Threshold 72 Degrees C)"),
                trap("fanAttentionNotify", "myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / ipmievd[1234] / 1"));
    }

    @Test
    void oneTrapJoinsOneLine() {
        String line = fan("12:05:01", "Fan3B", "Lower Critical", 1600, 2000);
        String t = trap("fanAttentionNotify", "myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / ipmievd[1234] / 1");
        assertEquals(2, Scenario.findings("trap.log-record", line, t, line, t).size());
        assertEquals(1, Scenario.findings("trap.log-record", line, t, t).size());
    }
}
