package io.hsmlog.knowledge.load;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hsmlog.knowledge.Fixtures.assertReported;
import static io.hsmlog.knowledge.Fixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each mistake an editor can make in an entries file is reported with its file and line. */
class EntryErrorsTest {
    @Test
    void unknownKeyIsReportedWithASuggestion() {
        List<String> problems = problems("errors/unknown-key");
        assertReported(problems, "ipmi.yaml:11: entry 'ipmi.misspelt': unknown key 'priorty', did you mean 'priority'?"
                + " (known: id, title, source, group, meaning, priority, action, examples, pattern, regex,"
                + " counter_examples, severities, event, cases, processes, facility, log_file, notes)");
        // The misspelt key also leaves the real one missing: both are reported, in one load.
        assertReported(problems, "ipmi.yaml:5: entry 'ipmi.misspelt': missing key 'priority'");
        assertEquals(2, problems.size(), problems::toString);
    }

    @Test
    void missingKey() {
        List<String> problems = problems("errors/missing-key");
        assertEquals(1, problems.size(), problems::toString);
        assertReported(problems, "ipmi.yaml:5: entry 'ipmi.no-meaning': missing key 'meaning'");
    }

    @Test
    void duplicateIdWithinAFile() {
        List<String> problems = problems("errors/duplicate-id-in-file");
        assertEquals(1, problems.size(), problems::toString);
        assertReported(problems, "ipmi.yaml:16: entry 'ipmi.twice': duplicate id, first defined at ");
        assertReported(problems, "ipmi.yaml:5");
    }

    @Test
    void duplicateIdAcrossFilesOfOneLayer() {
        List<String> problems = problems("errors/duplicate-id-across-files");
        assertEquals(1, problems.size(), problems::toString);
        assertReported(problems, "ipmi.yaml:5: entry 'ipmi.shared': duplicate id, first defined at ");
        assertReported(problems, "ipmi-site.yaml:16");
    }

    @Test
    void unknownComponent() {
        List<String> problems = problems("errors/unknown-component");
        assertReported(problems, "ipmi.yaml:1: 'component' must be one of ipmi, smart, snmp, ntp, ssh, privileged,"
                + " kernel, sysstat, cbs, ntls, lush, lunash, cron, certmonitord, lsta, adminapi, oamp, not 'ipmy'");
    }

    @Test
    void unknownGroupAndTheAssessmentOnlyGroupUnknown() {
        List<String> problems = problems("errors/unknown-group");
        String groups = "expected, unexpected, significant, insignificant, unlikely, debug";
        assertReported(problems, "ipmi.yaml:7: entry 'ipmi.misspelt-group': 'group' must be one of " + groups
                + ", not 'signifcant'");
        assertReported(problems, "ipmi.yaml:18: entry 'ipmi.unknown-group': 'group' must be one of " + groups
                + ", not 'unknown'");
    }

    @Test
    void unknownPriority() {
        assertReported(problems("errors/unknown-priority"),
                "ipmi.yaml:10: entry 'ipmi.urgent': 'priority' must be one of critical, high, medium, low, info,"
                        + " not 'urgent'");
    }

    @Test
    void regexThatDoesNotCompile() {
        assertReported(problems("errors/regex-does-not-compile"),
                "ipmi.yaml:8: entry 'ipmi.unclosed': regex: regex does not compile: Unclosed group");
    }

    @Test
    void regexThatCanBacktrackCatastrophically() {
        List<String> problems = problems("errors/catastrophic-regex");
        assertReported(problems, "ipmi.yaml:8: entry 'ipmi.nested-plus': regex: regex can backtrack catastrophically");
        assertReported(problems, "ipmi.yaml:19: entry 'ipmi.nested-star': regex: regex can backtrack catastrophically");
    }

    @Test
    void notationWithAdjacentPlaceholders() {
        assertReported(problems("errors/adjacent-placeholders"),
                "ipmi.yaml:8: entry 'ipmi.adjacent': pattern: placeholder <state> at column 11 follows another"
                        + " placeholder with no literal text between them");
    }

    @Test
    void patternAndRegexAreExclusive() {
        List<String> problems = problems("errors/pattern-and-regex");
        assertReported(problems, "ipmi.yaml:9: entry 'ipmi.both': give either 'pattern' or 'regex', not both");
        assertReported(problems, "ipmi.yaml:16: entry 'ipmi.neither': missing key 'pattern' (or 'regex'");
    }

    @Test
    void globalTagIsRefusedAtItsLine() {
        List<String> problems = problems("errors/global-tag");
        assertEquals(1, problems.size(), problems::toString);
        assertReported(problems, "ipmi.yaml:9: tag '!!java.lang.ProcessBuilder' is not allowed");
    }
}
