package io.hsmlog.engine.parse;

import org.junit.jupiter.api.Test;

import static io.hsmlog.engine.parse.ParseAssertions.assertHeader;
import static io.hsmlog.engine.parse.ParseAssertions.assertLunalog;
import static io.hsmlog.engine.parse.ParseAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LunalogTest {

    @Test
    void lunashCommandAsInTheGuidesLunalogExample() {
        LogEvent event = parse("2012 Feb 29 12:05:01 myLuna local5 info lunash [3442]: info : 0 : "
                + "Command: hsm show : admin : 192.168.0.111/2719");

        assertHeader(event, "myLuna", "local5", "info", "lunash", "3442");
        assertLunalog(event, "info", "0", "Command: hsm show : admin : 192.168.0.111/2719");
        assertEquals("info : 0 : Command: hsm show : admin : 192.168.0.111/2719", event.body());
    }

    @Test
    void ntlsWithHexCode() {
        LogEvent event = parse("2012 Feb 29 12:05:01 myLuna local5 crit NTLS [1234]: critical : 0xc0000500 : "
                + "NTLS listening");

        assertHeader(event, "myLuna", "local5", "crit", "NTLS", "1234");
        assertLunalog(event, "critical", "0xc0000500", "NTLS listening");
    }

    @Test
    void ntlsWithShortCode() {
        assertLunalog(parse("2012 Feb 29 12:05:01 myLuna local5 err NTLS [1234]: error : 0x300000 : Fail to retrieve"),
                "error", "0x300000", "Fail to retrieve");
    }

    @Test
    void prefixWithoutItsSecondColon() {
        assertLunalog(parse("2012 Feb 29 12:05:01 myLuna local5 err NTLS [1234]: error : 0xc0000002 "
                        + "Fail to initialize token interface : RC_GENERAL_ERROR"),
                "error", "0xc0000002", "Fail to initialize token interface : RC_GENERAL_ERROR");
        assertLunalog(parse("2012 Feb 29 12:05:01 myLuna local5 debug NTLS [1234]: debug : 0xc0000002 "
                        + "Unexpected connect response in <state string>"),
                "debug", "0xc0000002", "Unexpected connect response in <state string>");
    }

    @Test
    void certmonitordWarning() {
        LogEvent event = parse("2012 Feb 29 12:05:01 myLuna local5 warn certmonitord[1234]: warning : 0 : "
                + "NTLS certificate is about to expire");

        assertHeader(event, "myLuna", "local5", "warn", "certmonitord", "1234");
        assertLunalog(event, "warning", "0", "NTLS certificate is about to expire");
    }

    @Test
    void adminApiCriticalUnderWarnSyslogSeverity() {
        LogEvent event = parse("2012 Feb 29 12:05:01 myLuna local5 crit AdminAPI[1234]: critical : 0 : "
                + "Blacklisted user");
        assertHeader(event, "myLuna", "local5", "crit", "AdminAPI", "1234");
        assertLunalog(event, "critical", "0", "Blacklisted user");
    }

    @Test
    void crashAndBurnIsLoggedAsInfoUnderCritSyslogSeverity() {
        LogEvent event = parse("2012 Feb 29 12:05:01 myLuna local5 crit NTLS [1234]: info : 0 : NTLS CRASH AND BURN! "
                + "Stack dump saved to /var/log/ntls_bt_2012-02-29_12:05:01");
        assertEquals("crit", event.severity());
        assertLunalog(event, "info", "0",
                "NTLS CRASH AND BURN! Stack dump saved to /var/log/ntls_bt_2012-02-29_12:05:01");
    }

    @Test
    void auditSeverity() {
        assertLunalog(parse("2012 Feb 29 12:05:01 myLuna local5 info lunash [1]: audit : 0 : Lush user login : "
                + "admin : Console"), "audit", "0", "Lush user login : admin : Console");
    }

    @Test
    void lunalogApplicationWithoutPrefix() {
        LogEvent event = parse("2012 Feb 29 12:05:01 myLuna local5 warn lunash [1234]: HSM Admin Login: "
                + "incorrect password or PED key");
        assertLunalog(event, null, null, "HSM Admin Login: incorrect password or PED key");
    }

    @Test
    void textThatOnlyResemblesThePrefixIsLeftAlone() {
        assertLunalog(parse("myLuna ipmievd: info : none : text"), null, null, "info : none : text");
        assertLunalog(parse("myLuna ipmievd: notice : 0 : text"), null, null, "notice : 0 : text");
        assertLunalog(parse("myLuna ipmievd: error : 0xZZ : text"), null, null, "error : 0xZZ : text");
        assertLunalog(parse("myLuna ipmievd: info : 12ab : text"), null, null, "info : 12ab : text");
    }

    @Test
    void testEventWithSequenceNumberAndLunaShComparator() {
        LogEvent event = parse("2014 Apr 3 15:47:30 myLUT daemon notice ipmievd: ***TEST : SEQNO_10000 : Fan "
                + "sensor Fan1A . Lower Critical going low (Reading 2000 .lt Threshold 2000 RPM)");

        assertHeader(event, "myLUT", "daemon", "notice", "ipmievd", null);
        assertTrue(event.test());
        assertEquals("Fan sensor Fan1A . Lower Critical going low (Reading 2000 < Threshold 2000 RPM)",
                event.message());
        assertEquals("***TEST : SEQNO_10000 : Fan sensor Fan1A . Lower Critical going low "
                + "(Reading 2000 .lt Threshold 2000 RPM)", event.body());
    }

    @Test
    void testEventWithoutSequenceNumber() {
        LogEvent event = parse("2012 Feb 29 12:05:01 myLuna local4 notice ipmievd[1234]: ***TEST : Power Supply "
                + "sensor PSU2_Status . - Failure detected Asserted");
        assertTrue(event.test());
        assertEquals("Power Supply sensor PSU2_Status . - Failure detected Asserted", event.message());
    }

    @Test
    void greaterThanIsRestoredToo() {
        assertEquals("Voltage sensor PSU2_+12V_value. Upper Non-recoverable going high (Reading 14.538 > "
                        + "Threshold 13.392 Volts)",
                parse("myLuna ipmievd: ***TEST : Voltage sensor PSU2_+12V_value. Upper Non-recoverable going high "
                        + "(Reading 14.538 .gt Threshold 13.392 Volts)").message());
    }

    @Test
    void testLunalogEventInEitherOrder() {
        LogEvent designatorFirst = parse("2012 Feb 29 12:05:01 myLuna local5 crit NTLS [1234]: ***TEST : error : "
                + "0xc0000002 : Unable to create a new connection.");
        assertTrue(designatorFirst.test());
        assertLunalog(designatorFirst, "error", "0xc0000002", "Unable to create a new connection.");

        LogEvent prefixFirst = parse("2012 Feb 29 12:05:01 myLuna local5 crit NTLS [1234]: error : 0xc0000002 : "
                + "***TEST : SEQNO_7 : Unable to create a new connection.");
        assertTrue(prefixFirst.test());
        assertLunalog(prefixFirst, "error", "0xc0000002", "Unable to create a new connection.");
    }

    @Test
    void ordinaryEventIsNotATest() {
        LogEvent event = parse("2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan1A . Lower "
                + "Critical going low (Reading 0 < Threshold 2000 RPM)");
        assertFalse(event.test());
        assertNull(event.lunaSeverity());
    }
}
