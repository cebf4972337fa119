package io.hsmlog.engine.parse;

import org.junit.jupiter.api.Test;

import static io.hsmlog.engine.parse.ParseAssertions.assertWalk;
import static io.hsmlog.engine.parse.ParseAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SnmpWalkTest {

    @Test
    void theGuidesSnmpwalkOutput() {
        String[][] lines = {
            {"- > CHRYSALIS-UTSP-MIB::hsmOperationRequests.0 = Counter64: 3858380",
                "hsmOperationRequests", "Counter64", "3858380"},
            {"- > CHRYSALIS-UTSP-MIB::hsmOperationErrors.0 = Counter64: 385838",
                "hsmOperationErrors", "Counter64", "385838"},
            {"- > CHRYSALIS-UTSP-MIB::hsmCriticalEvents.0 = Counter64: 0", "hsmCriticalEvents", "Counter64", "0"},
            {"- > CHRYSALIS-UTSP-MIB::hsmNonCriticalEvents.0 = Counter64: 5", "hsmNonCriticalEvents", "Counter64", "5"},
            {"- > CHRYSALIS-UTSP-MIB::ntIsOperStatus.0 = INTEGER: up(1)", "ntlsOperStatus", "INTEGER", "up(1)"},
            {"- > CHRYSALIS-UTSP-MIB::ntIsConnectedClients.0 = Gauge32: 0", "ntlsConnectedClients", "Gauge32", "0"},
            {"- > CHRYSALIS-UTSP-MIB::ntIsLinks.0 = Gauge32: 0", "ntlsLinks", "Gauge32", "0"},
            {"- > CHRYSALIS-UTSP-MIB::ntIsSuccessfulClientConnections.0 = Counter64: 16571615927115620",
                "ntlsSuccessfulClientConnections", "Counter64", "16571615927115620"},
            {"- > CHRYSALIS-UTSP-MIB::ntIsFailedClientConnections.0 = Counter64: 1657161592711562",
                "ntlsFailedClientConnections", "Counter64", "1657161592711562"}};
        for (String[] line : lines) {
            LogEvent event = parse(line[0]);
            assertWalk(event, "CHRYSALIS-UTSP-MIB", line[1], "0", line[2], line[3]);
            assertEquals(line[1] + ".0 = " + line[2] + ": " + line[3], event.message());
            assertNull(event.host());
        }
    }

    @Test
    void noSuchObjectAndNoSuchInstance() {
        LogEvent object = parse("CHRYSALIS-UTSP-MIB::ntlsOperStatus.0 = No Such Object available on this agent at "
                + "this OID");
        assertWalk(object, "CHRYSALIS-UTSP-MIB", "ntlsOperStatus", "0", null, "No Such Object");
        assertEquals("ntlsOperStatus.0 = No Such Object", object.message());

        LogEvent instance = parse("CHRYSALIS-UTSP-MIB::hsmCriticalEvents.7 = No Such Instance currently exists at "
                + "this OID");
        assertEquals("hsmCriticalEvents.7 = No Such Instance", instance.message());
    }

    @Test
    void plainSnmpgetOutputWithAndWithoutModule() {
        assertWalk(parse("CHRYSALIS-UTSP-MIB::ntlsOperStatus.0 = INTEGER: down(2)"),
                "CHRYSALIS-UTSP-MIB", "ntlsOperStatus", "0", "INTEGER", "down(2)");
        LogEvent bare = parse("hsmOperationRequests.0 = Counter64: 12");
        assertWalk(bare, null, "hsmOperationRequests", "0", "Counter64", "12");
        assertEquals("hsmOperationRequests.0 = Counter64: 12", bare.message());
    }

    @Test
    void numericNamesAreWholeObjects() {
        LogEvent enterprises = parse("SNMPv2-SMI::enterprises.12383.3.1.1.1.0 = Counter64: 5");
        assertWalk(enterprises, "SNMPv2-SMI", "enterprises.12383.3.1.1.1.0", null, "Counter64", "5");
        assertEquals("enterprises.12383.3.1.1.1.0 = Counter64: 5", enterprises.message());

        assertWalk(parse(".1.3.6.1.4.1.12383.3.1.1.1.0 = Counter64: 5"),
                null, ".1.3.6.1.4.1.12383.3.1.1.1.0", null, "Counter64", "5");
        assertWalk(parse("iso.3.6.1.4.1.12383.3.1.1.1.0 = Counter64: 5"),
                null, "iso.3.6.1.4.1.12383.3.1.1.1.0", null, "Counter64", "5");
    }

    @Test
    void stringsLoseTheirQuotesInTheValueOnly() {
        LogEvent event = parse("SAFENET-HSM-MIB::hsmSerialNumber.1 = STRING: \"123456\"");
        assertWalk(event, "SAFENET-HSM-MIB", "hsmSerialNumber", "1", "STRING", "123456");
        assertEquals("hsmSerialNumber.1 = STRING: \"123456\"", event.message());
    }

    @Test
    void timeticksAndUntypedValues() {
        assertWalk(parse("DISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: (123) 0:00:01.23"),
                "DISMAN-EVENT-MIB", "sysUpTimeInstance", null, "Timeticks", "(123) 0:00:01.23");
        assertWalk(parse("CHRYSALIS-UTSP-MIB::ntlsOperStatus.0 = up(1)"),
                "CHRYSALIS-UTSP-MIB", "ntlsOperStatus", "0", null, "up(1)");
    }

    @Test
    void polledLogReferenceIsAWalkValueNotATrap() {
        LogEvent event = parse("SAFENET-APPLIANCE-MIB::ssLogReference.0 = STRING: \"[myLuna:192.168.0.101 / "
                + "2012 Feb 29 12:05:01 / messages / ipmievd[1234] / 1]\"");
        assertWalk(event, "SAFENET-APPLIANCE-MIB", "ssLogReference", "0", "STRING",
                "[myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / ipmievd[1234] / 1]");
    }
}
