package io.hsmlog.guide.derive;

import io.hsmlog.guide.read.TestGuide;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DraftDeriverTest {

    private static final List<DraftFile> FILES = new DraftDeriver(TestGuide.guide()).derive();

    private static DraftEntry entry(String id) {
        return FILES.stream().flatMap(f -> f.entries().stream()).filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no draft entry " + id));
    }

    @Test
    void everyFileIsYamlWithUniqueIds() {
        Set<String> ids = new HashSet<>();
        for (DraftFile f : FILES) {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(YamlDraftWriter.write(f));
            List<?> entries = (List<?>) ((Map<?, ?>) doc).get("entries");
            assertEquals(f.entries().size(), entries.size());
            for (Object e : entries) {
                String id = (String) ((Map<?, ?>) e).get("id");
                assertTrue(ids.add(id), "duplicate id " + id);
                assertTrue(id.matches("^[a-z0-9-]+(\\.[a-z0-9-]+)+$") && id.startsWith(f.component() + "."), id);
            }
        }
        assertEquals(750, ids.size());
    }

    @Test
    void anEntryCarriesTheGuidesWords() {
        DraftEntry e = entry("ipmi.sel-buffer-overflow");
        assertEquals("Chapter 3 > IPMI > Unlikely Log Messages > SEL Buffer Overflow", e.source());
        assertEquals("unlikely", e.group());
        assertEquals("SEL buffer overflow, no SEL message can be logged until the SEL buffer is cleared", e.pattern());
        assertEquals("high", e.priority());
        assertEquals(Defaults.SUPPORT, e.action());
    }

    @Test
    void ntlsSendsTheReaderToTheDocumentation() {
        assertEquals(Defaults.DOCUMENTATION, entry("ntls.ntls-terminating.1").action());
        assertEquals(Defaults.SUPPORT, entry("lsta.snmptrap-failed").action());
    }

    @Test
    void sameTextAtTwoSeveritiesIsScopedBySeverity() {
        assertEquals(List.of("info"), entry("smart.smart-attributes.1").severities());
        assertEquals(List.of("crit"), entry("smart.smart-attributes.2").severities());
    }

    @Test
    void identicalLinesInASubsectionCollapse() {
        long entries = FILES.stream().filter(f -> f.component().equals("ntls")).findFirst().orElseThrow()
                .entries().stream().filter(e -> e.title().equals("Connection Instance Added and Removed")).count();
        assertEquals(3, entries, "four lines, two of them identical");
    }
}
