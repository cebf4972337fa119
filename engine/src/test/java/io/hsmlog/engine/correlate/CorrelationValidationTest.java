package io.hsmlog.engine.correlate;

import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.correlation.Correlation;
import io.hsmlog.knowledge.correlation.CorrelationCheck;
import io.hsmlog.knowledge.correlation.CorrelationReader;
import io.hsmlog.knowledge.validate.Problem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What support staff are told when a correlation is written wrong: the file, the line and the reason. */
class CorrelationValidationTest {
    private static final String VALID = """
            correlations:
              - id: test.fan
                title: Fan stopped
                source: "Chapter 3 > IPMI > Threshold Events"
                description: A fan stopped and recovered.
                key: [sensor]
                window: 10m
                steps:
                  - name: stopped
                    entry: ipmi.threshold
                    when: { threshold_kind: LC, assert: true }
                  - name: recovered
                    entry: ipmi.threshold
                    when: { threshold_kind: LNR, assert: false }
                finding:
                  priority: medium
                  summary: "{sensor} stopped at {stopped.time}"
                  action: Check the fan.
            """;

    @Test
    void aValidCorrelationHasNoProblems() {
        assertEquals(List.of(), problems(VALID));
    }

    @Test
    void windowsHaveOneReadableFormat() {
        assertEquals(List.of("test.yaml:7: correlation 'test.fan': 'window' must be a whole number followed by s, m, h"
                + " or d, such as 30s, 10m, 6h or 7d, not '5 minutes'"), problems(VALID.replace("10m", "5 minutes")));
        assertEquals(1, problems(VALID.replace("10m", "PT5M")).size());
        assertEquals(1, problems(VALID.replace("10m", "1h30m")).size());
    }

    @Test
    void aStepCannotTakeTheHostFromAnotherAttribute() {
        List<String> p = problems(VALID.replace("""
                      - name: recovered
                """, """
                      - name: recovered
                        key: { host: ref.host }
                """));
        assertEquals(1, p.size(), p.toString());
        assertEquals("test.yaml:13: correlation 'test.fan', step 'recovered': the host cannot be read from another "
                + "attribute: lines are joined with the lines of the host that logged them", p.get(0));
    }

    @Test
    void unknownKeysAreNamedWithASuggestion() {
        List<String> p = problems(VALID.replace("    window: 10m", "    windw: 10m"));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("test.yaml:7: correlation 'test.fan': unknown key 'windw', did you mean 'window'?"),
                p.toString());
    }

    @Test
    void unknownStepKeysAreNamed() {
        List<String> p = problems(VALID.replace("        when: { threshold_kind: LC", "        wen: { threshold_kind: LC"));
        assertTrue(p.get(0).startsWith("test.yaml:11: correlation 'test.fan', step 'stopped': unknown key 'wen',"
                + " did you mean 'when'?"), p.toString());
    }

    @Test
    void unknownEntriesAreNamedAtTheirLine() {
        assertEquals(List.of("test.yaml:13: correlation 'test.fan', step 'recovered': no entry has the id"
                + " 'ipmi.treshold'"), problems(VALID.replace("    entry: ipmi.threshold\n        when: { threshold_kind: LNR",
                "    entry: ipmi.treshold\n        when: { threshold_kind: LNR")));
    }

    @Test
    void fieldsTheEntriesDoNotCaptureAreNamed() {
        List<String> p = problems(VALID.replace("key: [sensor]", "key: [sensr]"));
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("test.yaml:10: correlation 'test.fan', step 'stopped': the key 'sensr' is not a"
                + " field of entry 'ipmi.threshold' (it captures sensor_type, sensor, threshold"), p.get(0));
    }

    @Test
    void placeholdersMustNameSomethingTheFindingHas() {
        assertEquals(List.of("test.yaml:2: correlation 'test.fan', finding summary: the placeholder {stoped.time} names"
                + " no step, key, field or value the finding has"), problems(VALID.replace("{stopped.time}", "{stoped.time}")));
    }

    @Test
    void onlyTheLastOfTwoStepsCanBeAbsent() {
        List<String> p = problems(VALID.replace("        when: { threshold_kind: LC, assert: true }",
                "        when: { threshold_kind: LC, assert: true }\n        absent: true"));
        assertEquals(List.of("test.yaml:9: correlation 'test.fan', step 'stopped': only the last step can be absent"), p);
    }

    @Test
    void aResolutionNeedsAnAbsence() {
        List<String> p = problems(VALID + """
                    resolution:
                      within: 7d
                      priority: low
                      summary: resolved
                      action: none
                """);
        assertEquals(List.of("test.yaml:20: correlation 'test.fan': 'resolution' is for an absence: the last step must"
                + " be 'absent: true'"), p);
    }

    @Test
    void aSingleLineNeedsNoWindowAndSeveralNeedOne() {
        String single = VALID.substring(0, VALID.indexOf("      - name: recovered")) + VALID.substring(VALID.indexOf("    finding:"));
        assertEquals(List.of("test.yaml:7: correlation 'test.fan': a single line makes this incident: 'window' has"
                + " nothing to measure"), problems(single));
        assertEquals(List.of(), problems(single.replace("    window: 10m\n", "")));
        assertEquals(List.of("test.yaml:2: correlation 'test.fan': missing key 'window': how far apart in log time the"
                + " lines may be, such as 10m"), problems(VALID.replace("    window: 10m\n", "")));
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        String broken = VALID.replace("10m", "ten minutes").replace("ipmi.threshold\n        when: { threshold_kind: LNR",
                "ipmi.nothing\n        when: { threshold_kind: LNR").replace("priority: medium", "priority: urgent");
        assertEquals(2, problems(broken).size(), problems(broken).toString());
    }

    /** The problems of one correlations file, against the fixture entries, as file:line: message. */
    private static List<String> problems(String yaml) {
        List<Problem> problems = new ArrayList<>();
        List<Correlation> read = new CorrelationReader(problems).read("test.yaml",
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        Knowledge k = Scenario.ENGINE.knowledge();
        if (problems.isEmpty()) {
            new CorrelationCheck().check(new Knowledge(k.entries(), k.sensors(), k.trapRules(), k.interpretation(), read),
                    problems);
        }
        return problems.stream().sorted(Problem.BY_ORIGIN).map(Problem::toString).toList();
    }
}
