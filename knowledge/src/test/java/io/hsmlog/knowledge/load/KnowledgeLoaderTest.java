package io.hsmlog.knowledge.load;

import io.hsmlog.knowledge.Case;
import io.hsmlog.knowledge.Component;
import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.EventKind;
import io.hsmlog.knowledge.Group;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.Priority;
import io.hsmlog.knowledge.validate.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.hsmlog.knowledge.Fixtures.assertReported;
import static io.hsmlog.knowledge.Fixtures.dir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeLoaderTest {
    @Test
    void readsAnEntriesFileAsTheReadmeDescribesIt() throws KnowledgeException {
        Knowledge k = KnowledgeLoader.load(false, List.of(dir("valid")), List.of());
        assertEquals(3, k.entries().size());

        Entry threshold = k.entry("ipmi.sensor.threshold");
        assertEquals(Component.IPMI, threshold.component());
        assertEquals(List.of("ipmievd"), threshold.processes(), "file-level processes, lower-cased");
        assertEquals("local4", threshold.facility());
        assertEquals("messages", threshold.logFile());
        assertEquals(Group.SIGNIFICANT, threshold.group());
        assertEquals(Priority.HIGH, threshold.priority());
        assertEquals(EventKind.THRESHOLD, threshold.event());
        assertEquals("A full sensor record threshold reading.", threshold.meaning());
        assertEquals(9, threshold.origin().line());
        assertEquals(21, threshold.examples().get(0).origin().line());

        Map<String, String> fields = threshold.compiled().match(
                "Fan sensor Fan3B . Lower Critical going low (Reading 1600 < Threshold 2000 RPM)");
        assertEquals(Map.of("type", "Fan", "sensor", "Fan3B", "threshold", "Lower Critical", "direction", "low",
                "reading", "1600", "comparison", "<", "threshold_value", "2000", "unit", "RPM"), fields);

        Case deassert = threshold.cases().get(0);
        assertEquals(Boolean.FALSE, deassert.assertion());
        assertEquals(Priority.LOW, deassert.priority());
        assertNull(deassert.meaning());
        Case nonRecoverable = threshold.cases().get(1);
        assertEquals(Map.of("threshold", List.of("Lower Non-recoverable", "Upper Non-recoverable")), nonRecoverable.fields());
        assertEquals(Priority.CRITICAL, nonRecoverable.priority());

        Entry reading = k.entry("ipmi.startup.reading-sensors");
        assertEquals(Set.of("notice"), reading.severities(), "a single severity may be written without a list");
        assertEquals(1, reading.counterExamples().size());
        assertEquals(EventKind.MESSAGE, reading.event());
        assertEquals("Reading", reading.compiled().firstWord());

        Entry sel = k.entry("ipmi.sel.buffer-overflow");
        assertEquals(List.of("ipmiev"), sel.processes(), "an entry's own processes replace the file's");
        assertEquals(List.of("buffer"), sel.compiled().fieldNames());
        assertNull(sel.pattern());
    }

    @Test
    void aLaterLayerReplacesEntriesByIdAndAddsNewOnes() throws KnowledgeException {
        Knowledge k = KnowledgeLoader.load(false, List.of(dir("valid"), dir("override")), List.of());
        assertEquals(4, k.entries().size());
        Entry replaced = k.entry("ipmi.startup.reading-sensors");
        assertEquals(Group.EXPECTED, replaced.group());
        assertEquals("Revised by the site.", replaced.meaning());
        assertTrue(replaced.counterExamples().isEmpty(), "the whole entry is replaced, nothing of the old one kept");
        assertTrue(replaced.severities().isEmpty());
        assertTrue(replaced.origin().file().contains("override"));
        assertTrue(k.entry("ipmi.startup.waiting-for-events") != null);
        assertEquals("ipmi.sensor.threshold", k.entries().get(0).id(), "built-in order is kept");
    }

    @Test
    void aUserDirectoryOverridesTheBuiltInKnowledge() throws KnowledgeException {
        Knowledge builtIn = KnowledgeLoader.builtIn();
        Knowledge k = KnowledgeLoader.load(true, List.of(dir("override")), List.of());

        Set<String> ids = new java.util.HashSet<>(Set.of("ipmi.startup.reading-sensors", "ipmi.startup.waiting-for-events"));
        builtIn.entries().forEach(e -> ids.add(e.id()));
        assertEquals(ids.size(), k.entries().size());
        assertEquals("Revised by the site.", k.entry("ipmi.startup.reading-sensors").meaning());

        assertEquals(builtIn.trapRules().size() + 1, k.trapRules().size());
        assertEquals("Site policy", k.trapRules().stream().filter(r -> r.id().equals("trap.ntls.err")).findFirst()
                .orElseThrow().source());

        assertEquals(builtIn.sensors().size(), k.sensors().size());
        assertEquals(0, k.sensor("Inlet .").hysteresis().compareTo(java.math.BigDecimal.valueOf(2)));

        assertEquals(builtIn.interpretation().size() + 1, k.interpretation().size());
        assertEquals("interpret.site.cbs-errors", k.interpretation().get(0).id(), "new generic rules go first");
        var last = k.interpretation().get(k.interpretation().size() - 1);
        assertEquals("interpret.other", last.id(), "a replaced rule keeps its place");
        assertEquals(Priority.LOW, last.priority());
    }

    @Test
    void extraChecksSeeTheMergedKnowledgeAndTheirProblemsFailTheLoad() {
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeLoader.load(false,
                List.of(dir("valid"), dir("override")),
                List.of((knowledge, problems) -> problems.add(new Problem(knowledge.entries().get(3).origin(),
                        "seen " + knowledge.entries().size() + " entries")))));
        assertEquals(1, e.problems().size());
        assertReported(e.problems().stream().map(Problem::toString).toList(), "ipmi.yaml:17: seen 4 entries");
    }

    @Test
    void everyProblemOfALoadIsReportedTogether() {
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeLoader.load(false,
                List.of(dir("errors/unknown-key"), dir("errors/missing-key"), dir("errors/unknown-priority")), List.of()));
        assertEquals(4, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().startsWith("4 problems in the knowledge:\n  "), e.getMessage());
    }

    @Test
    void aMissingDirectoryIsReported(@TempDir Path tmp) {
        Path missing = tmp.resolve("nowhere");
        KnowledgeException e = assertThrows(KnowledgeException.class,
                () -> KnowledgeLoader.load(false, List.of(missing), List.of()));
        assertEquals(missing + ": not a directory", e.problems().get(0).toString());
    }

    @Test
    void aYmlFileIsReportedRatherThanSkipped(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("ntls.yml"), "component: ntls\nentries: []\n");
        KnowledgeException e = assertThrows(KnowledgeException.class,
                () -> KnowledgeLoader.load(false, List.of(tmp), List.of()));
        assertEquals(tmp.resolve("ntls.yml") + ": not read: knowledge files end in .yaml", e.problems().get(0).toString());
    }

    @Test
    void entriesFilesMayLieDirectlyInTheDirectory(@TempDir Path tmp) throws IOException, KnowledgeException {
        Files.copy(dir("valid").resolve("entries/ipmi.yaml"), tmp.resolve("ipmi.yaml"));
        Files.copy(dir("override").resolve("trap-rules.yaml"), tmp.resolve("trap-rules.yaml"));
        Knowledge k = KnowledgeLoader.load(false, List.of(tmp), List.of());
        assertEquals(3, k.entries().size());
        assertEquals(2, k.trapRules().size(), "trap-rules.yaml is not read as an entries file");
        assertEquals(tmp.resolve("ipmi.yaml").toString(), k.entries().get(0).origin().file(), "the path as given");
    }

    @Test
    void nothingToLoadIsEmptyKnowledge() throws KnowledgeException {
        Knowledge k = KnowledgeLoader.load(false, List.of(), List.of());
        assertTrue(k.entries().isEmpty() && k.sensors().isEmpty() && k.trapRules().isEmpty());
    }
}
