package io.hsmlog.engine.rules;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Engine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the rules generated from a small knowledge decide: assert or de-assert, cases, traps and generic rules. */
class GeneratedRulesTest {
    private static Engine engine;

    @BeforeAll
    static void build() throws Exception {
        engine = Engine.builder().builtInKnowledge(false).defaultYear(2012)
                .knowledge(Path.of("src/test/resources/engine/rules")).build();
    }

    private static Assessment assess(String message) {
        return engine.assess("2012 Feb 29 12:05:01 myLuna local4 notice sensord: " + message);
    }

    @ParameterizedTest(name = "{0} -> assert {1}")
    @CsvSource(delimiter = '|', value = {
            "Fan sensor Fan3B . Lower Critical going low (Reading 1600 < Threshold 2000 RPM)|true|high",
            // Chapter 6: "Reading 2000 .lt Threshold 2000" is one of the guide's assert examples.
            "Fan sensor Fan3B . Lower Critical going low (Reading 2000 < Threshold 2000 RPM)|true|high",
            "Fan sensor Fan3B . Lower Critical going low (Reading 21000 < Threshold 2000 RPM)|false|low",
            "Fan sensor Fan3B . Lower Non-recoverable going low (Reading 500 < Threshold 1000 RPM)|true|critical",
            // Chapter 3: the fan freed again, read at full speed: the de-assert of LNR.
            "Fan sensor Fan3B . Lower Non-recoverable going low (Reading 15900 < Threshold 1000 RPM)|false|low",
            "Fan sensor Fan3B . Lower Critical going low (Reading 0 .lt Threshold 2000 RPM)|true|high",
            "Temperature sensor CPU . Upper Critical going high (Reading 72 > Threshold 72 Degrees)|true|high",
            "Temperature sensor CPU . Upper Critical going high (Reading 70 > Threshold 72 Degrees)|false|low"})
    void aReadingAtTheThresholdAssertsAndCasesApplyInOrder(String message, boolean asserted, String priority) {
        Assessment a = assess(message);
        assertEquals("ipmi.test-threshold", a.entry());
        assertEquals(String.valueOf(asserted), a.fields().get("assert"));
        assertEquals(priority, a.priority().key(), () -> "rules fired: " + a.rulesFired());
    }

    @Test
    void theSensorTableEnrichesAThresholdEvent() {
        Assessment a = assess("Fan sensor Fan3B . Lower Critical going low (Reading 1600 < Threshold 2000 RPM)");
        assertEquals("LC", a.fields().get("threshold_kind"));
        assertEquals("2000", a.fields().get("table_threshold"));
        assertTrue(a.fields().get("sensor_location").startsWith("Cooling fan; right-most"));
    }

    @Test
    void theTrapFlagFollowsTheReading() {
        Assessment asserted = assess("Fan sensor Fan3B . Lower Critical going low (Reading 1600 < Threshold 2000 RPM)");
        assertEquals("fanAttentionNotify", asserted.trap().notification());
        assertTrue(asserted.trap().assertion());
        assertTrue(asserted.trap().logReference().endsWith("/ messages / sensord / 1]"), asserted.trap().logReference());

        Assessment deasserted = assess("Fan sensor Fan3B . Lower Critical going low (Reading 21000 < Threshold 2000 RPM)");
        assertEquals("fanAttentionNotify", deasserted.trap().notification());
        assertEquals(false, deasserted.trap().assertion());
        assertTrue(deasserted.trap().logReference().endsWith(" / 0]"), deasserted.trap().logReference());
    }

    @Test
    void aDiscreteRecordAssertsOnAssertedAndDeassertsOnDeasserted() {
        Assessment failed = assess("Power Supply sensor PSU2_Status . - Failure detected Asserted");
        assertEquals("true", failed.fields().get("assert"));
        assertEquals("high", failed.priority().key());
        assertTrue(failed.trap().assertion());

        Assessment restored = assess("Power Supply sensor PSU2_Status . - Failure detected Deasserted");
        assertEquals("false", restored.fields().get("assert"));
        assertEquals("low", restored.priority().key());
        assertEquals(false, restored.trap().assertion());
    }

    @Test
    void genericRulesJudgeWhatNoEntryDescribes() {
        Assessment crash = assess("something went CRASH AND BURN here");
        assertNull(crash.entry());
        assertEquals("critical", crash.priority().key());
        assertEquals("significant", crash.group().key());

        Assessment other = assess("an ordinary message");
        assertEquals("unknown", other.group().key());
        assertEquals("info", other.priority().key());
        assertNull(other.trap());
    }

    @Test
    void theRulesThatFiredExplainTheVerdict() {
        Assessment a = assess("Fan sensor Fan3B . Lower Non-recoverable going low (Reading 500 < Threshold 1000 RPM)");
        assertEquals(java.util.List.of(
                "event: threshold reading at or below a going-low threshold asserts",
                "entry ipmi.test-threshold",
                "case ipmi.test-threshold #2",
                "trap trap.test.fan"), a.rulesFired());
    }
}
