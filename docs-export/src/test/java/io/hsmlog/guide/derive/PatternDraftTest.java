package io.hsmlog.guide.derive;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PatternDraftTest {

    @Test
    void typesAddressesAndCounts() {
        assertEquals("Accepted password for <userName> from <client:ip> port <port:int> ssh2",
                PatternDraft.of("Accepted password for <user name> from 192.168.10.100 port 51286 ssh2", false));
        assertEquals("NTLS Client \"<address:ip>\" has disconnected: <client:client>",
                PatternDraft.of("NTLS Client \"192.168.0.100\" has disconnected: 192.168.0.100/40847", true));
        assertEquals("Command: hsm show : admin : <client:client>",
                PatternDraft.of("Command: hsm show : admin : Console", true));
    }

    @Test
    void leavesTimesVersionsAndIdentifiersAlone() {
        assertEquals("Server listening on 0.0.0.0 port <port:int>.", PatternDraft.of("Server listening on 0.0.0.0 port 22.", false));
        assertEquals("uptime before reboot: 12:05:01 up <n:int> min, <n2:int> user, load average: 0.09, 0.04, 0.01",
                PatternDraft.of("uptime before reboot: 12:05:01 up 8 min, 1 user, load average: 0.09, 0.04, 0.01", false));
        assertEquals("Power Supply sensor PSU2_Status . - Failure detected Asserted",
                PatternDraft.of("Power Supply sensor PSU2_Status . - Failure detected Asserted", false));
    }

    @Test
    void namesTheGuidesVariablesAndAlternatives() {
        assertEquals("smartd received signal <n:int>: <detail>", PatternDraft.of("smartd received signal <#>: <XXXXXXX>", false));
        assertEquals("new group: name=<value:word>, GID=<value2:word>",
                PatternDraft.of("new group: name=<uucp | mysql>, GID=<14 | 500>", false));
    }

    @Test
    void recognisesSensorEvents() {
        assertEquals("threshold", PatternDraft.event("Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)"));
        assertEquals("discrete", PatternDraft.event("Power Supply sensor PSU2_Status . - Failure detected Deasserted"));
        assertNull(PatternDraft.event("Reading sensors..."));
    }
}
