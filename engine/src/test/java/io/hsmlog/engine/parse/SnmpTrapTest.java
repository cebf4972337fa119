package io.hsmlog.engine.parse;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.hsmlog.engine.parse.ParseAssertions.PARSER;
import static io.hsmlog.engine.parse.ParseAssertions.assertTrap;
import static io.hsmlog.engine.parse.ParseAssertions.fixture;
import static io.hsmlog.engine.parse.ParseAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnmpTrapTest {

    private static final String PSU_REFERENCE = "[myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / "
            + "ipmievd[1234] / 1]";

    /** The guide's traplog message (Chapter 6), wrapped over eight lines there, as the handler wrote it. */
    private static final String GUIDE_TRAPLOG = String.join(" ",
            "a Fan trap from host=<UNKNOWN> at IP UDP: [xxx.xxx.xxx.xxxx]:47478->",
            "[xxx.xxx.xxx.xxx]:162 vars=system.sysUpTime.sysUpTimeInstance =",
            "0:0:28:12.33,",
            ".iso.org.dod.internet.snmpV2.snmpModules.snmpMIB.snmpMIBObjects.snmpTrap.snmpTra"
                    + "pOID.0 =",
            "enterprises.safenet-inc.safenetRoot.luna.appliance.ssTraps.fanAttentionNotify,",
            "enterprises.safenet-inc.safenetRoot.luna.appliance.ssTraps.ssLogReference =",
            "[myLUT:xxx.xxx.xxx.xxx / messages / 2014 Apr 3 15:47:30 / ipmievd / 1]");

    @Test
    void guideSegmentWithDateBeforeLogFile() {
        LogEvent event = parse("SAFENET-APPLIANCE-MIB::powerSupplyAttentionNotify, "
                + "SAFENET-APPLIANCE-MIB::ssLogReference = " + PSU_REFERENCE);

        assertTrap(event, "powerSupplyAttentionNotify", "myLuna", "messages", "2012 Feb 29 12:05:01", "ipmievd",
                "1234", true);
        assertEquals("192.168.0.101", event.logReference().ip());
        assertEquals("powerSupplyAttentionNotify " + PSU_REFERENCE, event.message());
        assertEquals("myLuna", event.host());
        assertEquals(LocalDateTime.of(2012, 2, 29, 12, 5, 1), event.timestamp());
        assertEquals("2012 Feb 29 12:05:01", event.timestampText());
    }

    @Test
    void guideTraplogWithLogFileBeforeDate() {
        LogEvent event = parse(GUIDE_TRAPLOG);

        assertTrap(event, "fanAttentionNotify", "myLUT", "messages", "2014 Apr 3 15:47:30", "ipmievd", null, true);
        assertEquals("xxx.xxx.xxx.xxx", event.logReference().ip());
        assertEquals("fanAttentionNotify [myLUT:xxx.xxx.xxx.xxx / messages / 2014 Apr 3 15:47:30 / ipmievd / 1]",
                event.message());
        assertEquals(LocalDateTime.of(2014, 4, 3, 15, 47, 30), event.timestamp());
    }

    @Test
    void handlerOutputWithAddresses() {
        LogEvent event = parse("a Fan trap from host=<UNKNOWN> at IP UDP: [10.0.0.1]:47478->[10.0.0.2]:162 "
                + "vars=system.sysUpTime.sysUpTimeInstance = 0:0:28:12.33, .iso.org.dod.internet.snmpV2.snmpModules"
                + ".snmpMIB.snmpMIBObjects.snmpTrap.snmpTrapOID.0 = enterprises.safenet-inc.safenetRoot.luna"
                + ".appliance.ssTraps.fanAttentionNotify, enterprises.safenet-inc.safenetRoot.luna.appliance.ssTraps"
                + ".ssLogReference = [myLUT:xxx.xxx.xxx.xxx / messages / 2014 Apr 3 15:47:30 / ipmievd / 1]");
        assertTrap(event, "fanAttentionNotify", "myLUT", "messages", "2014 Apr 3 15:47:30", "ipmievd", null, true);
    }

    @Test
    void netSnmpDefaultOutputOnOneLineWithSymbolicNames() {
        LogEvent event = parse("2026-11-25 16:00:00 localhost [UDP: [127.0.0.1]:50000->[127.0.0.1]:162]:\t"
                + "DISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: (123) 0:00:01.23\t"
                + "SNMPv2-MIB::snmpTrapOID.0 = OID: SAFENET-APPLIANCE-MIB::fanAttentionNotify\t"
                + "SAFENET-APPLIANCE-MIB::ssLogReference = STRING: \"" + PSU_REFERENCE + "\"");

        assertTrap(event, "fanAttentionNotify", "myLuna", "messages", "2012 Feb 29 12:05:01", "ipmievd", "1234",
                true);
        assertEquals("fanAttentionNotify " + PSU_REFERENCE, event.message());
        assertEquals(LocalDateTime.of(2026, 11, 25, 16, 0), event.timestamp(), "received at");
    }

    /** snmptrapd 5.9.3 -Lf output for traps sent with snmptrap -v 2c, no MIBs loaded: receipt line, then bindings. */
    @Test
    void netSnmpDefaultOutputAsCaptured() {
        List<String> lines = fixture("snmptrapd-default.log");

        LogEvent receipt = PARSER.parse(1, lines.get(0));
        assertEquals(Source.SNMP_TRAP, receipt.source());
        assertEquals("localhost", receipt.host());
        assertEquals(LocalDateTime.of(2026, 11, 25, 16, 8, 22), receipt.timestamp());
        assertNull(receipt.notification());
        assertNull(receipt.logReference());
        assertEquals(lines.get(0), receipt.message());

        LogEvent bindings = PARSER.parse(2, lines.get(1));
        assertTrap(bindings, null, "myLuna", "messages", "2012 Feb 29 12:05:01", "ipmievd", "1234", true);
        assertEquals(lines.get(1), bindings.message());

        assertTrap(PARSER.parse(4, lines.get(3)), null, "myLUT", "messages", "2014 Apr 3 15:47:30", "ipmievd",
                null, false);
    }

    /** snmptrapd -Ls d as received on /dev/log: one record whose text spans two lines. */
    @Test
    void snmptrapdLoggingThroughSyslog() {
        List<String> lines = fixture("snmptrapd-syslog.log");

        LogEvent receipt = PARSER.parse(1, lines.get(0));
        assertEquals(Source.SNMP_TRAP, receipt.source());
        assertEquals("daemon", receipt.facility());
        assertEquals("info", receipt.severity());
        assertEquals("Nov 25 16:09:38", receipt.timestampText());

        assertTrap(PARSER.parse(2, lines.get(1)), null, "myLuna", "messages", "2012 Feb 29 12:05:01", "ipmievd",
                "1234", true);
    }

    @Test
    void snmptrapdRecordsAboutItselfAreSyslogRecords() {
        LogEvent event = parse("<30>Nov 25 16:09:39 snmptrapd[4189]: 2026-11-25 16:09:39 NET-SNMP version 5.9.3 "
                + "Stopped.");
        assertEquals(Source.SYSLOG, event.source());
        assertEquals("snmptrapd", event.processKey());
    }

    /** rsyslog's default control-character escaping folds that record into one line. */
    @Test
    void snmptrapdRecordAsRsyslogWritesItToAFile() {
        String record = String.join("\n", fixture("snmptrapd-syslog.log"));
        String escaped = "Nov 25 16:09:38 trapsink " + record.substring(record.indexOf("snmptrapd["))
                .replace("\n", "#012").replace("\t", "#011");

        LogEvent event = parse(escaped);
        assertTrap(event, null, "myLuna", "messages", "2012 Feb 29 12:05:01", "ipmievd", "1234", true);
        assertEquals("Nov 25 16:09:38", event.timestampText(), "kept the syslog header");
        assertNull(event.pid());
    }

    @Test
    void handlerLoggingThroughLogger() {
        LogEvent event = parse("2014 Apr 3 15:47:31 trapsink user notice traps: " + GUIDE_TRAPLOG);
        assertTrap(event, "fanAttentionNotify", "myLUT", "messages", "2014 Apr 3 15:47:30", "ipmievd", null, true);
        assertEquals("2014 Apr 3 15:47:31", event.timestampText());
    }

    @Test
    void lstaLoggingATrapItSentIsASyslogRecord() {
        LogEvent event = parse("2012 Feb 29 12:05:01 myLuna local5 info lsta: fanAttentionNotify for "
                + "[myLUT:192.168.0.58 / messages / 2012 Feb 29 12:05:00 / ipmievd / 1]");
        assertEquals(Source.SYSLOG, event.source());
        assertEquals("lsta", event.processKey());
        assertNull(event.notification());

        LogEvent withoutDate = parse("myLuna lsta: fanAttentionNotify for [myLUT:192.168.0.58 / messages / "
                + "2012 Feb 29 12:05:00 / ipmievd / 1]");
        assertEquals(Source.SYSLOG, withoutDate.source());
        assertEquals("lsta", withoutDate.processKey());
    }

    @Test
    void referenceParsesInBothFieldOrders() {
        LogReference dateFirst = LogReference.parse(PSU_REFERENCE);
        LogReference logFileFirst = LogReference.parse("myLuna:192.168.0.101 / messages / 2012 Feb 29 12:05:01 / "
                + "ipmievd[1234] / 1");
        for (LogReference reference : List.of(dateFirst, logFileFirst)) {
            assertEquals("myLuna", reference.host());
            assertEquals("192.168.0.101", reference.ip());
            assertEquals("messages", reference.logFile());
            assertEquals("2012 Feb 29 12:05:01", reference.timestampText());
            assertEquals(LocalDateTime.of(2012, 2, 29, 12, 5, 1), reference.timestamp());
            assertEquals("ipmievd", reference.process());
            assertEquals("1234", reference.pid());
            assertTrue(reference.assertion());
        }
        assertEquals("myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / ipmievd[1234] / 1", dateFirst.raw());
    }

    @Test
    void referenceDeassertionQuotedAndWithoutYear() {
        LogReference reference = LogReference.parse("\"[myLuna:10.1.1.1 / messages / Feb 28 01:02:03 / smartd / 0]\"");
        assertFalse(reference.assertion());
        assertEquals("Feb 28 01:02:03", reference.timestampText());
        assertNull(reference.timestamp(), "no year to date it by");
        assertEquals("smartd", reference.process());
    }

    @Test
    void textWithoutTheReferencesShapeIsNoReference() {
        assertNull(LogReference.parse("UDP: [127.0.0.1]:50000->[127.0.0.1]:162"));
        assertNull(LogReference.parse("a / b / c / d"));
        assertNull(LogReference.parse(""));
        assertNull(LogReference.parse(null));
    }

    @Test
    void notificationWithoutReference() {
        LogEvent event = parse("SNMPv2-MIB::snmpTrapOID.0 = OID: SAFENET-APPLIANCE-MIB::ntlsAttentionNotify");
        assertEquals(Source.SNMP_TRAP, event.source());
        assertEquals("ntlsAttentionNotify", event.notification());
        assertEquals("ntlsAttentionNotify", event.message());
        assertNull(event.logReference());
    }

    @Test
    void truncatedReferenceIsStillRead() {
        LogEvent event = parse("SAFENET-APPLIANCE-MIB::diskDriveAttentionNotify, SAFENET-APPLIANCE-MIB::ssLogReference "
                + "= [myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / smartd[99]");
        assertTrap(event, "diskDriveAttentionNotify", "myLuna", "messages", "2012 Feb 29 12:05:01", "smartd", "99",
                null);
    }
}
