package io.hsmlog.engine.correlate;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void prints() {
        System.out.println(Scenario.BASE.drl());
        System.out.println(Scenario.replay(
                "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)",
                "2012 Feb 29 12:05:51 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Non-recoverable going low (Reading 15900 < Threshold 1000 RPM)"));
    }
}
