package io.hsmlog.engine.parse;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimestampTest {

    private static LogEvent parse(int defaultYear, String line) {
        return new LineParser(defaultYear).parse(1, line);
    }

    @Test
    void yearlessRecordTakesTheDefaultYear() {
        LogEvent event = parse(2026, "Mar 1 00:00:00 myLuna ipmievd: x");
        assertEquals(LocalDateTime.of(2026, 3, 1, 0, 0), event.timestamp());
        assertFalse(event.yearKnown());
    }

    @Test
    void yearlessFebruary29InALeapDefaultYear() {
        assertEquals(LocalDateTime.of(2024, 2, 29, 12, 5, 1),
                parse(2024, "Feb 29 12:05:01 myLuna ipmievd: x").timestamp());
    }

    @Test
    void yearlessFebruary29FallsBackToThePreviousLeapYear() {
        assertEquals(2024, parse(2027, "Feb 29 12:05:01 myLuna ipmievd: x").timestamp().getYear());
        assertEquals(2096, parse(2103, "Feb 29 12:05:01 myLuna ipmievd: x").timestamp().getYear());
        assertFalse(parse(2027, "Feb 29 12:05:01 myLuna ipmievd: x").yearKnown());
    }

    @Test
    void impossibleDateKeepsItsTextButHasNoTime() {
        LogEvent event = parse(2026, "2013 Feb 29 12:05:01 myLuna ipmievd: x");
        assertEquals(Source.SYSLOG, event.source());
        assertNull(event.timestamp());
        assertFalse(event.yearKnown());
        assertEquals("2013 Feb 29 12:05:01", event.timestampText());
        assertEquals("myLuna", event.host());
    }

    @Test
    void monthNamesInAnyCase() {
        assertEquals(12, parse(2026, "2012 DEC 31 23:59:59 myLuna ipmievd: x").timestamp().getMonthValue());
        assertEquals(1, parse(2026, "2012 jan 1 00:00:00 myLuna ipmievd: x").timestamp().getMonthValue());
    }

    @Test
    void isoTimestampsWithOffsetsKeepTheWrittenWallClock() {
        assertEquals(LocalDateTime.of(2012, 2, 29, 12, 5, 1),
                parse(2026, "2012-02-29T12:05:01+05:30 myLuna ipmievd: x").timestamp());
        assertEquals(LocalDateTime.of(2012, 2, 29, 12, 5, 1),
                parse(2026, "2012-02-29T12:05:01-0800 myLuna ipmievd: x").timestamp());
        assertTrue(parse(2026, "2012-02-29T12:05:01Z myLuna ipmievd: x").yearKnown());
    }

    @Test
    void notATimestamp() {
        LogEvent event = parse(2026, "2012 Febr 29 12:05:01 myLuna ipmievd: x");
        assertNull(event.timestampText());
    }
}
