package io.hsmlog.engine.parse;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.hsmlog.engine.parse.ParseAssertions.assertHeader;
import static io.hsmlog.engine.parse.ParseAssertions.fixture;
import static io.hsmlog.engine.parse.ParseAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyslogFramingTest {

    private static final String PSU_OFF = "Power Supply sensor - Transition to Power Off";

    @Test
    void readsTheGuidesStructureOfASyslogMessage() {
        LogEvent event = parse("2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: " + PSU_OFF);

        assertHeader(event, "myLuna", "local4", "notice", "ipmievd", null);
        assertEquals(LocalDateTime.of(2012, 2, 29, 12, 5, 1), event.timestamp());
        assertTrue(event.yearKnown());
        assertEquals("2012 Feb 29 12:05:01", event.timestampText());
        assertEquals(PSU_OFF, event.message());
        assertEquals(PSU_OFF, event.body());
        assertEquals("ipmievd", event.processKey());
    }

    @Test
    void recordWithoutYearTakesTheLatestLeapYearForFebruary29() {
        LogEvent event = parse("Feb 29 12:05:01 myLuna local5 info NTLS [1234]: info : 0 : luna_engine_preload");

        assertHeader(event, "myLuna", "local5", "info", "NTLS", "1234");
        assertEquals(LocalDateTime.of(2024, 2, 29, 12, 5, 1), event.timestamp());
        assertFalse(event.yearKnown());
        assertEquals("Feb 29 12:05:01", event.timestampText());
    }

    @Test
    void recordWithoutFacilityAndSeverity() {
        LogEvent event = parse("2012 Feb 29 12:05:01 myLuna ipmievd: Getting 8 bytes from SDR at offset 64");

        assertHeader(event, "myLuna", null, null, "ipmievd", null);
        assertEquals("Getting 8 bytes from SDR at offset 64", event.message());
    }

    @Test
    void recordWithoutDate() {
        LogEvent event = parse("myLuna ipmievd: Sensors cached");

        assertHeader(event, "myLuna", null, null, "ipmievd", null);
        assertNull(event.timestamp());
        assertNull(event.timestampText());
        assertEquals("Sensors cached", event.message());
    }

    @Test
    void recordWithElidedStartAsInTheGuidesLunalogFigure() {
        LogEvent event = parse("... local5 info lunash [3442]: info : 0 : Command: hsm show : admin : "
                + "192.168.0.111/2719");

        assertHeader(event, null, "local5", "info", "lunash", "3442");
        assertEquals("Command: hsm show : admin : 192.168.0.111/2719", event.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CHAPTER 1: Syslog Introduction",
        "Table 2: syslog Severity Levels",
        "traphandle SAFENET-APPLIANCE-MIB::fanAttentionNotify /etc/snmp/traps Fan",
        "Warning: Failed to connect to the agentx master agent ([NIL]):",
        "NTLS Client \"192.168.0.100\" has disconnected.: 192.168.0.100/40847",
        "vars=\"$vars, $oid = $val\""})
    void proseAndConfigurationAreNotRecords(String line) {
        LogEvent event = parse(line);
        assertEquals(Source.UNKNOWN, event.source(), event::toString);
        assertEquals(line, event.message());
    }

    @Test
    void repeatedFacilityAndSeverityKeywordsAreConsumed() {
        assertHeader(parse("2012 Feb 29 12:05:01 myLuna authpriv authpriv info login: pam_unix(login:session)"),
                "myLuna", "authpriv", "info", "login", null);
        LogEvent usermod = parse("2012 Feb 29 12:05:01 myLuna authpriv info authpriv info usermod[1234]: change user");
        assertHeader(usermod, "myLuna", "authpriv", "info", "usermod", "1234");
        assertEquals("change user", usermod.message());
    }

    @Test
    void keywordsAreReadInAnyCase() {
        assertHeader(parse("2012 Feb 29 12:05:01 myLuna Authpriv Info sshd[1234]: Server listening"),
                "myLuna", "authpriv", "info", "sshd", "1234");
        assertHeader(parse("2012 Feb 29 12:05:01 myLuna Local5 CRIT NTLS [1234]: critical : 0xc0000102 : x"),
                "myLuna", "local5", "crit", "NTLS", "1234");
    }

    @Test
    void runsOfSpacesAndTabsInTheHeader() {
        LogEvent crontab = parse("2012 Feb 29 12:00:00 myLuna  syslog warn  crontab: DISK FULL: WARNING! First");
        assertHeader(crontab, "myLuna", "syslog", "warn", "crontab", null);
        assertEquals("DISK FULL: WARNING! First", crontab.message());

        LogEvent tabbed = parse("2014\tApr  3\t15:47:30\tmyLUT\tdaemon\tnotice\tipmievd:\tFan sensor Fan1A");
        assertHeader(tabbed, "myLUT", "daemon", "notice", "ipmievd", null);
        assertEquals(LocalDateTime.of(2014, 4, 3, 15, 47, 30), tabbed.timestamp());
        assertEquals("Fan sensor Fan1A", tabbed.message());
    }

    @Test
    void singleDigitDayWithOneOrTwoSpaces() {
        assertEquals(LocalDateTime.of(2014, 4, 3, 15, 47, 30),
                parse("2014 Apr 3 15:47:30 myLUT daemon notice ipmievd: x").timestamp());
        LogEvent padded = parse("2014 Apr  3 15:47:30 myLUT daemon notice ipmievd: x");
        assertEquals(LocalDateTime.of(2014, 4, 3, 15, 47, 30), padded.timestamp());
        assertEquals("2014 Apr  3 15:47:30", padded.timestampText());
    }

    @Test
    void processNamesAsTheGuidePrintsThem() {
        LogEvent crond = parse("2012 Feb 29 12:05:01 myLuna auth info crond(pam_unix)[1234]: session opened");
        assertHeader(crond, "myLuna", "auth", "info", "crond(pam_unix)", "1234");
        assertEquals("crond(pam_unix)", crond.processKey());

        LogEvent heartbeat = parse("2012 Feb 29 12:05:01 myLuna user info wdt_heartbeat*: Disabled the WDT heartbeat");
        assertHeader(heartbeat, "myLuna", "user", "info", "wdt_heartbeat*", null);
        assertEquals("wdt_heartbeat", heartbeat.processKey());

        LogEvent lush = parse("2012 Feb 29 12:05:01 myLuna user notice Lush: Changing the SSHD listen port");
        assertHeader(lush, "myLuna", "user", "notice", "Lush", null);
        assertEquals("lush", lush.processKey());

        assertHeader(parse("2012 Feb 29 12:05:01 myLuna local5 err AdminAPI[1234]: error : 0 : Client"),
                "myLuna", "local5", "err", "AdminAPI", "1234");
    }

    @Test
    void processNamedLikeAKeywordIsStillTheProcess() {
        assertHeader(parse("2012 Feb 29 12:05:01 myLuna cron info cron [77]: job started"),
                "myLuna", "cron", "info", "cron", "77");
    }

    @Test
    void processNameOfSeveralWordsBeforeAPid() {
        LogEvent event = parse("2012 Feb 29 12:05:01 myLuna local5 info Luna PED Client [1234]: info : 0 : up");
        assertHeader(event, "myLuna", "local5", "info", "Luna PED Client", "1234");
        assertEquals("luna ped client", event.processKey());
    }

    @Test
    void recordWithoutTagKeepsItsHeaderAndTheRestAsMessage() {
        LogEvent event = parse("Feb 29 12:05:01 myLuna last message repeated 3 times");

        assertHeader(event, "myLuna", null, null, null, null);
        assertEquals("last message repeated 3 times", event.message());
    }

    @Test
    void rfc3164TakesFacilityAndSeverityFromThePriority() {
        // 173 = local5 (21) * 8 + notice (5)
        LogEvent event = parse("<173>Feb 29 12:05:01 myLuna ipmievd[1234]: " + PSU_OFF);

        assertHeader(event, "myLuna", "local5", "notice", "ipmievd", "1234");
        assertEquals(PSU_OFF, event.message());
        assertFalse(event.yearKnown());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<0>Feb 29 12:05:01 myLuna kernel: x|kern|emerg",
        "<11>Feb 29 12:05:01 myLuna kernel: x|user|err",
        "<34>Feb 29 12:05:01 myLuna kernel: x|auth|crit",
        "<85>Feb 29 12:05:01 myLuna kernel: x|authpriv|notice",
        "<134>Feb 29 12:05:01 myLuna kernel: x|local0|info",
        "<191>Feb 29 12:05:01 myLuna kernel: x|local7|debug",
        "<164>Feb 29 12:05:01 myLuna kernel: x|local4|warning",
        "<129>Feb 29 12:05:01 myLuna kernel: x|local0|alert"})
    void priorityNamesFacilityAndSeverity(String example) {
        String[] parts = example.split("\\|");
        LogEvent event = parse(parts[0]);
        assertEquals(parts[1], event.facility());
        assertEquals(parts[2], event.severity());
    }

    @Test
    void rfc3164WithoutHostAsRsyslogWritesLocalMessages() {
        assertHeader(parse("<30>Nov 25 16:09:38 ntpd[4189]: synchronized"), null, "daemon", "info", "ntpd", "4189");
    }

    @Test
    void invalidPriorityIsNotAPriority() {
        LogEvent event = parse("<999>Feb 29 12:05:01 myLuna ipmievd: x");
        assertEquals(Source.UNKNOWN, event.source());
    }

    @Test
    void rfc5424WithStructuredDataAndByteOrderMark() {
        LogEvent event = parse("<165>1 2012-02-29T12:05:01.003Z myLuna ipmievd 1234 ID47 "
                + "[exampleSDID@32473 iut=\"3\" eventSource=\"App]lication\" note=\"a \\\"quoted\\] text\"] "
                + "\uFEFF" + PSU_OFF);

        assertHeader(event, "myLuna", "local4", "notice", "ipmievd", "1234");
        assertEquals(LocalDateTime.of(2012, 2, 29, 12, 5, 1, 3_000_000), event.timestamp());
        assertTrue(event.yearKnown());
        assertEquals(PSU_OFF, event.message());
    }

    @Test
    void rfc5424WithNilValues() {
        LogEvent event = parse("<165>1 - - - - - - " + PSU_OFF);

        assertHeader(event, null, "local4", "notice", null, null);
        assertNull(event.timestamp());
        assertEquals(PSU_OFF, event.message());
    }

    @Test
    void rfc5424WithoutMessage() {
        LogEvent event = parse("<165>1 2012-02-29T12:05:01Z myLuna ipmievd - - -");
        assertHeader(event, "myLuna", "local4", "notice", "ipmievd", null);
        assertEquals("", event.message());
    }

    @Test
    void rsyslogTraditionalFileFormat() {
        LogEvent event = parse("Feb 29 12:05:01 myLuna ipmievd[1234]: " + PSU_OFF);
        assertHeader(event, "myLuna", null, null, "ipmievd", "1234");
        assertEquals(PSU_OFF, event.message());
    }

    @Test
    void rsyslogFileFormatWithHighPrecisionTimestamp() {
        LogEvent event = parse("2012-02-29T12:05:01.123456+00:00 myLuna ipmievd[1234]: " + PSU_OFF);
        assertHeader(event, "myLuna", null, null, "ipmievd", "1234");
        assertEquals(LocalDateTime.of(2012, 2, 29, 12, 5, 1, 123_456_000), event.timestamp());
        assertEquals("2012-02-29T12:05:01.123456+00:00", event.timestampText());
        assertEquals(PSU_OFF, event.message());
    }

    @Test
    void oneRecordInDisplayRfc3164AndRfc5424FramingsGivesTheSameFacts() {
        String message = "Fan sensor Fan3B . Lower Critical going low (Reading 0 .lt Threshold 2000 RPM)";
        List<LogEvent> framings = List.of(
                parse("2012 Feb 29 12:05:01 myLuna local4 notice ipmievd[1234]: " + message),
                parse("<165>Feb 29 12:05:01 myLuna ipmievd[1234]: " + message),
                parse("<165>1 2012-02-29T12:05:01Z myLuna ipmievd 1234 - - " + message));
        for (LogEvent event : framings) {
            assertAll(event.toString(),
                    () -> assertHeader(event, "myLuna", "local4", "notice", "ipmievd", "1234"),
                    () -> assertEquals("Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)",
                            event.message()),
                    () -> assertEquals(LocalDateTime.of(2012, 2, 29, 12, 5, 1), event.timestamp().withYear(2012)));
        }
    }

    /** Lines written by util-linux logger 2.38 with --rfc3164 and --rfc5424, paired record by record. */
    @Test
    void loggerOutputInBothFormatsGivesTheSameFacts() {
        List<String> rfc3164 = fixture("logger-rfc3164.log");
        List<String> rfc5424 = fixture("logger-rfc5424.log");
        String[][] expected = {
            {"local4", "notice", "ipmievd", "Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)"},
            {"local5", "crit", "NTLS", "Unable to create a new connection."},
            {"daemon", "crit", "smartd",
                "Device: /dev/sda, Temperature 45 Celsius reached limit of 44 Celsius (Min/Max 31/49)"},
            {"local5", "info", "lunash", "Command: hsm show : admin : 192.168.0.111/2719"},
            {"local4", "notice", "ipmievd",
                "Fan sensor Fan1A . Lower Critical going low (Reading 2000 < Threshold 2000 RPM)"}};
        for (int i = 0; i < expected.length; i++) {
            for (String line : List.of(rfc3164.get(i), rfc5424.get(i))) {
                LogEvent event = parse(line);
                String[] facts = expected[i];
                assertAll(line,
                        () -> assertEquals(Source.SYSLOG, event.source()),
                        () -> assertEquals("vm", event.host()),
                        () -> assertEquals(facts[0], event.facility()),
                        () -> assertEquals(facts[1], event.severity()),
                        () -> assertEquals(facts[2], event.process()),
                        () -> assertEquals(facts[3], event.message()),
                        () -> assertTrue(event.timestamp() != null));
            }
        }
        assertTrue(parse(rfc3164.get(4)).test());
        assertTrue(parse(rfc5424.get(4)).test());
        assertEquals("8299", parse(rfc3164.get(1)).pid());
        assertEquals("8304", parse(rfc5424.get(1)).pid());

        LogEvent withData = parse(rfc5424.get(5));
        assertHeader(withData, "vm", "local5", "err", "NTLS", "8308");
        assertEquals("Accept failed.", withData.message());
        assertEquals("0xc0000002", withData.lunaCode());
    }
}
