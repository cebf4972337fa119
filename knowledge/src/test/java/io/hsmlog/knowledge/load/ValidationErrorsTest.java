package io.hsmlog.knowledge.load;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hsmlog.knowledge.Fixtures.assertReported;
import static io.hsmlog.knowledge.Fixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The semantic checks, run by every load, report with file and line. */
class ValidationErrorsTest {
    @Test
    void idFormatAndComponentPrefix() {
        List<String> problems = problems("errors/bad-id");
        assertReported(problems, "ipmi.yaml:4: entry 'IPMI.Upper': an id is lower-case letters");
        assertReported(problems, "ipmi.yaml:15: entry 'ntls.wrong-component': the id must start with its component, 'ipmi.'");
        assertReported(problems, "ipmi.yaml:26: entry 'ipmi': an id is lower-case letters");
        assertEquals(3, problems.size(), problems::toString);
    }

    @Test
    void unknownSeverity() {
        assertReported(problems("errors/unknown-severity"),
                "ipmi.yaml:4: entry 'ipmi.notify': unknown severity 'notify' (known: emerg, panic, alert, crit,"
                        + " critical, err, error, warning, warn, notice, info, debug)");
    }

    @Test
    void emptyMeaningAndExamples() {
        List<String> problems = problems("errors/empty-text");
        assertReported(problems, "ipmi.yaml:4: entry 'ipmi.empty': 'meaning' is empty");
        assertReported(problems, "ipmi.yaml:4: entry 'ipmi.empty': 'examples' is empty");
        assertEquals(2, problems.size(), problems::toString);
    }

    @Test
    void thresholdEventMustCaptureItsFields() {
        assertReported(problems("errors/threshold-fields"),
                "ipmi.yaml:4: entry 'ipmi.threshold': an 'event: threshold' entry must capture sensor, threshold,"
                        + " reading, comparison, threshold_value; the pattern lacks comparison");
    }

    @Test
    void caseConditionsMustBeAnswerable() {
        List<String> problems = problems("errors/case-conditions");
        assertReported(problems, "ipmi.yaml:15: entry 'ipmi.cases', case 1: 'assert' needs 'event: threshold'");
        assertReported(problems, "ipmi.yaml:17: entry 'ipmi.cases', case 2: 'field.sensor' is not captured by the pattern"
                + " (captured: text)");
        assertReported(problems, "ipmi.yaml:19: entry 'ipmi.cases', case 3: a case must change at least one of"
                + " 'priority', 'action', 'meaning'");
        assertEquals(3, problems.size(), problems::toString);
    }

    @Test
    void trapRuleNotificationAndAssertFrom() {
        List<String> problems = problems("errors/trap-notification");
        assertReported(problems, "trap-rules.yaml:2: trap rule 'trap.fan.site': notification 'fanNotify' is not a"
                + " SAFENET-APPLIANCE-MIB ...AttentionNotify notification");
        assertReported(problems, "trap-rules.yaml:12: trap rule 'trap.fan.flag': 'assert_from' must be one of"
                + " threshold, discrete, always, not 'sometimes'");
    }

    @Test
    void sensorKeysAreUniqueAndThresholdsKnown() {
        List<String> problems = problems("errors/sensors");
        assertReported(problems, "sensors.yaml:10: sensor 'PSU2_Temp_value': the same sensor as the one at ");
        assertReported(problems, "sensors.yaml:24: sensor 'Fan9Z': unknown key 'LNC', did you mean 'LNR'?"
                + " (known: LNR, LC, UC, UNR)");
        assertEquals(2, problems.size(), problems::toString);
    }
}
