package io.hsmlog.guide.read;

import org.junit.jupiter.api.Test;

import static io.hsmlog.guide.read.TestGuide.at;
import static io.hsmlog.guide.read.TestGuide.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guide wraps long lines at about 100 characters; the reader must undo it exactly. */
class WrappedLinesTest {

    @Test
    void joinsAThresholdLineSplitInsideAHyphenatedWord() {
        GuideExample e = at(1002);
        assertEquals("2012 Feb 29 12:05:11 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Non-recoverable "
                + "going low (Reading 500 < Threshold 1000 RPM)", e.text());
        assertEquals(java.util.List.of(1002, 1003), e.lines());
    }

    @Test
    void stripsTrailingBlanksBeforeJoining() {
        assertTrue(at(973).text().endsWith("Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)"));
    }

    @Test
    void joinsWithOneSpaceAfterADash() {
        assertTrue(at(1090).text().endsWith("ipmievd: Power Supply sensor PSU2_Status . - Failure detected Asserted"));
        assertTrue(at(4836).text().endsWith("ipmievd[1234]: ***TEST : Power Supply sensor PSU2_Status . - Failure detected Asserted"));
    }

    @Test
    void joinsUnderscoreSplitsWithoutASpace() {
        assertTrue(at(3138).text().contains(": cp_get_supported_versions function not found"));
        assertTrue(at(3141).text().endsWith("\"Luna SA 5.0 Command Processor\" : RC_FUNCTION_NOT_SUPPORTED"));
        assertTrue(at(3151).text().endsWith(": RC_FUNCTION_NOT_SUPPORTED"));
        assertTrue(at(3160).text().endsWith("for data path module version 1.0 : RC_GENERAL_ERROR"));
        assertTrue(at(4271).text().endsWith("Server is using NID_X9_62_prime256v1 named curve"));
        assertTrue(at(4302).text().endsWith("Session 7e33c7bb-54a0-4a92-a031-4e08fc90cfa5 logged out"));
        for (GuideExample e : guide().examples()) {
            assertFalse(e.text().contains("NOT_ SUPPORTED") || e.text().contains("RC_ "), e.text());
        }
    }

    @Test
    void joinsAcrossAPageBreak() {
        assertTrue(at(3144).text().endsWith("cp_get_processor_name_p function not found in command processor "
                + "\"Luna SA 5.0 Command Processor\" : RC_FUNCTION_NOT_SUPPORTED"));
        assertTrue(at(2170).text().endsWith("INQUIRY response less than 36 bytes; skip device"));
        assertTrue(at(2460).text().endsWith("Sleep time was 10 seconds too long, assuming wakeup from standby mode."));
        assertTrue(at(3483).text().endsWith("NON Deployed token with no label and Serial Number 123456 ejected from slot 4!"));
        assertTrue(at(3580).text().endsWith("Failed to initialize remote PED support."));
        assertTrue(at(1721).text().endsWith("line %18 (drive /dev/sda): unknown Directive: -b"));
        assertTrue(at(1725).text().endsWith("line %20 (drive /dev/sda): Invalid argument to -M Directive: yearly"));
    }

    @Test
    void readsAHeaderlessSmartdLineAsAMessageOfItsOwn() {
        assertTrue(at(1876).text().endsWith("All devices successfully [sic] checked once."));
        assertEquals("2012 Feb 29 12:05:01 myLuna daemon info smartd[1234]: smartd is exiting (exit status 0)",
                at(1878).text());
        assertEquals("2012 Feb 29 12:05:01 myLuna daemon info smartd[1234]: Try 'smartctl -s on /dev/sda' to turn "
                + "on SMART features", at(2192).text());
    }

    @Test
    void stopsAtProsePrintedInsideABlockAndTakesItAsTheMeaning() {
        GuideExample e = at(3194);
        assertTrue(e.text().endsWith("Use default command processor setting"));
        assertEquals("This message indicates an error in how NTLS is configured.", e.meaning());
    }

    @Test
    void removesFootnoteMarkersAndKeepsTheFootnote() {
        GuideExample e = at(2925);
        assertTrue(e.text().endsWith("HSM crypto support for data path SSL operations enabled"));
        assertTrue(e.printed().endsWith("data path* SSL operations enabled**"));
        assertTrue(e.footnote().contains("\"NTLS\" in older implementations"));
        assertTrue(at(3789).text().contains(" wdt_heartbeat: Disabled the WDT heartbeat program."));
        assertTrue(at(1106).text().endsWith("Power Unit sensor - Failure detected"));
    }

    @Test
    void excludesLinesThatAreNoMessages() {
        var excluded = guide().excluded().stream().map(LineJudgement::line).toList();
        assertTrue(excluded.containsAll(java.util.List.of(340, 1066, 1940, 1973, 4760, 4832)), excluded.toString());
        assertTrue(guide().examples().stream().noneMatch(e -> e.text().startsWith("-d TYPE")));
    }
}
