package io.hsmlog.guide.read;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hsmlog.guide.read.TestGuide.at;
import static io.hsmlog.guide.read.TestGuide.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chapter 6: test commands give the log lines they make the appliance write, with the trap expected. */
class TrapChapterTest {

    private static List<GuideExample> tests(String subsection) {
        return guide().examples(ExampleKind.TEST_EVENT).stream()
                .filter(e -> subsection.equals(e.subsection())).toList();
    }

    @Test
    void fanTestsAssertAsTheGuideStates() {
        List<GuideExample> fan = tests("Fan Failure");
        assertEquals(6, fan.size());
        assertEquals(List.of(true, true, false, true, true, false),
                fan.stream().map(e -> e.trap().asserted()).toList());
        fan.forEach(e -> assertEquals("fanAttentionNotify", e.trap().notification()));
        assertEquals("2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: ***TEST : Fan sensor Fan3B . Lower "
                + "Non-recoverable going low (Reading 500 .lt Threshold 1000 RPM)", fan.get(3).text());
        assertEquals("ipmi", fan.get(0).component());
        assertNull(fan.get(0).group());
    }

    @Test
    void otherTestsComputeTheirAssertFlag() {
        assertEquals(List.of(true, false, true, true, false, true, false, true),
                tests("Power Supply Failure").stream().map(e -> e.trap().asserted()).toList());
        assertEquals(List.of(true, false, true, false, true, false),
                tests("Motherboard Failure").stream().map(e -> e.trap().asserted()).toList());
        assertEquals("diskDriveAttentionNotify", tests("Disk Drive Failure").get(0).trap().notification());
        assertEquals("ntlAttentionNotify", tests("NTLS Failure").get(0).trap().notification());
        assertEquals(3, tests("Crypto Failure").size());
        assertEquals(26, guide().examples(ExampleKind.TEST_EVENT).size());
    }

    @Test
    void aPidOptionAddsThePid() {
        assertEquals("2012 Feb 29 12:05:01 myLuna local5 crit NTLS[1234]: ***TEST : error : 0xc0000002 : Unable "
                + "to create a new connection.", at(4977).text());
        assertEquals("2012 Feb 29 12:05:01 myLuna daemon crit smartd[1234]: ***TEST : Device: /dev/sda, Temperature "
                + "45 Celsius reached limit of 44 Celsius (Min/Max 31/49)", at(4961).text());
    }

    @Test
    void trapMessagesAreJoinedWithSingleSpaces() {
        List<GuideExample> traps = guide().examples(ExampleKind.SNMP_TRAP);
        assertEquals(2, traps.size());
        assertEquals("SAFENET-APPLIANCE-MIB::powerSupplyAttentionNotify, SAFENET-APPLIANCE-MIB::ssLogReference = "
                + "[myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / ipmievd[1234] / 1]", at(4814).text());
        GuideExample fan = at(4741);
        assertTrue(fan.text().startsWith("a Fan trap from host=<UNKNOWN> at IP UDP: [xxx.xxx.xxx.xxxx]:47478-> "
                + "[xxx.xxx.xxx.xxx]:162 vars=system.sysUpTime.sysUpTimeInstance = 0:0:28:12.33, "), fan.text());
        assertTrue(fan.text().endsWith("ssLogReference = [myLUT:xxx.xxx.xxx.xxx / messages / 2014 Apr 3 15:47:30 / "
                + "ipmievd / 1]"), fan.text());
        assertEquals("fanAttentionNotify", fan.trap().notification());
    }

    @Test
    void syslogExamplesOfChapterSixCarryTheTrapShownBesideThem() {
        GuideExample seqno = at(4733);
        assertEquals("2014 Apr 3 15:47:30 myLUT daemon notice ipmievd: ***TEST : SEQNO_10000 : Fan sensor Fan1A . "
                + "Lower Critical going low (Reading 2000 .lt Threshold 2000 RPM)", seqno.text());
        assertEquals(new TrapExpectation("fanAttentionNotify", true, TrapExpectation.Source.LOG_REFERENCE), seqno.trap());
        assertEquals("powerSupplyAttentionNotify", at(4836).trap().notification());
    }

    @Test
    void snmpWalkLinesKeepTheirText() {
        List<GuideExample> walk = guide().examples(ExampleKind.SNMP_WALK);
        assertEquals(9, walk.size());
        assertEquals("CHRYSALIS-UTSP-MIB::ntIsOperStatus.0 = INTEGER: up(1)", walk.get(4).text());
    }
}
