package io.hsmlog.guide.read;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LogLineTest {

    @Test
    void splitsALunalogLine() {
        LogLine l = LogLine.parse("2012 Feb 29 12:05:01 myLuna local5 err NTLS [1234]: error : 0xc0000500 : "
                + "Unable to initialize data path server socket : RC_SOCKET_ERROR");
        assertEquals(List.of("local5", "err", "NTLS", "1234", "error", "0xc0000500"),
                List.of(l.facility(), l.severity(), l.process(), l.pid(), l.lunalogSeverity(), l.lunalogCode()));
        assertEquals("Unable to initialize data path server socket : RC_SOCKET_ERROR", l.body());
    }

    @Test
    void readsARepeatedFacility() {
        LogLine l = LogLine.parse("2012 Feb 29 12:05:01 myLuna authpriv info authpriv info usermod[1234]: change "
                + "user '<username>' password");
        assertEquals(List.of("authpriv", "info", "usermod"), List.of(l.facility(), l.severity(), l.process()));
    }

    @Test
    void readsALineWithoutFacilityOrYear() {
        LogLine l = LogLine.parse("Feb 29 12:05:01 myLuna ipmievd: Sensors cached");
        assertNull(l.facility());
        assertEquals("ipmievd", l.process());
        assertEquals("Sensors cached", l.message());
        assertEquals("Feb 29 12:05:01 myLuna ipmievd: ", l.header("Feb 29 12:05:01 myLuna ipmievd: Sensors cached"));
    }

    @Test
    void readsAProcessWithParentheses() {
        LogLine l = LogLine.parse("2012 Feb 29 12:05:01 myLuna auth info crond(pam_unix)[1234]: session closed for user root");
        assertEquals("crond(pam_unix)", l.process());
        assertNull(l.lunalogSeverity());
    }
}
