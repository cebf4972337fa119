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

/** Administrative actions that explain the sensor and kernel records after them. */
class MaintenanceCorrelationsTest {
    private static final String REBOOT = "local5 info lunash [1234]: info : 0 : Command: sysconf appliance reboot : admin : Console";
    private static final String POWEROFF = "local5 info lunash [1234]: info : 0 : Command: sysconf appliance poweroff : admin : 192.168.0.100/40847";
    private static final String UPTIME = "syslog info lush: uptime before reboot: 12:05:01 up 8 min, 1 user, load average: 0.09, 0.04, 0.01";
    private static final String TRANSITION = "local4 notice ipmievd: Power Supply sensor - Transition to Power Off";
    private static final String OEM_RESET = "local4 notice ipmievd: OEM sensor - OEM Specific";

    // ---- 5. power-off or reset after an administrator's command ----

    @Test
    void aRebootCommandExplainsTheResetAfterIt() {
        Finding f = only("power.planned-restart", at("12:05:01", REBOOT), at("12:08:30", OEM_RESET));
        assertEquals(Priority.LOW, f.priority());
        assertLines(f, 1, 2);
        assertTrue(f.summary().startsWith("\"OEM sensor - OEM Specific\" on myLuna at 2012-02-29 12:08:30 follows an"
                + " administrator's restart at 2012-02-29 12:05:01"), f.summary());
    }

    @Test
    void aPoweroffCommandExplainsThePowerTransition() {
        only("power.planned-restart", at("12:05:01", POWEROFF), at("12:05:20", TRANSITION));
    }

    @Test
    void theUptimeRecordAlsoSaysAnAdministratorRestartedIt() {
        only("power.planned-restart", at("12:05:01", UPTIME), at("12:08:30", OEM_RESET));
    }

    @Test
    void aTransitionWithoutACommandIsNotMaintenance() {
        assertNone("power.planned-restart",
                at("12:00:00", "local5 info lunash [1234]: info : 0 : Command: hsm show : admin : Console"),
                at("12:05:20", TRANSITION));
    }

    @Test
    void aCommandOnAnotherHostExplainsNothing() {
        assertNone("power.planned-restart", at("12:05:01", "otherLuna", REBOOT), at("12:08:30", OEM_RESET));
    }

    @Test
    void aCommandLongBeforeExplainsNothing() {
        assertNone("power.planned-restart", at("09:05:01", REBOOT), at("12:08:30", OEM_RESET));
    }

    // ---- 14. the watchdog pair ----

    private static final String WDT_DISABLED = "user info wdt_heartbeat: Disabled the WDT heartbeat program.";
    private static final String WDT_CLOSE = "kern info kernel: iTCO_wdt: Unexpected close, not stopping watchdog.";
    private static final String WDT_UNLOADED = "kern info kernel: iTCO_wdt: Watchdog Module Unloaded.";

    @Test
    void disablingTheHeartbeatExplainsTheKernelMessages() {
        Finding f = only("watchdog.disabled-by-admin",
                at("12:05:01", WDT_DISABLED), at("12:05:02", WDT_CLOSE), at("12:05:02", WDT_UNLOADED));
        assertEquals(Priority.LOW, f.priority());
        assertLines(f, 1, 2);
    }

    @Test
    void kernelWatchdogMessagesAloneAreNotTheAdminAction() {
        assertNone("watchdog.disabled-by-admin", at("12:05:02", WDT_CLOSE), at("12:05:02", WDT_UNLOADED));
    }

    @Test
    void theKernelMessagesOfAnotherHostAreNotJoined() {
        assertNone("watchdog.disabled-by-admin", at("12:05:01", WDT_DISABLED), at("12:05:02", "otherLuna", WDT_CLOSE));
    }
}
