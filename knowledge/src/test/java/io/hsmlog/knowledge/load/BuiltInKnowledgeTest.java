package io.hsmlog.knowledge.load;

import io.hsmlog.knowledge.Group;
import io.hsmlog.knowledge.InterpretationRule;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.Priority;
import io.hsmlog.knowledge.Sensor;
import io.hsmlog.knowledge.Threshold;
import io.hsmlog.knowledge.TrapRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The built-in sensors, trap rules and generic rules load, and say what the guide says. */
class BuiltInKnowledgeTest {
    private static Knowledge knowledge;

    @BeforeAll
    static void load() throws KnowledgeException {
        knowledge = KnowledgeLoader.builtIn();
    }

    @Test
    void everySensorOfTable1() {
        List<String> table = List.of("Fan1A", "Fan1B", "Fan2A", "Fan2B", "Fan3A", "Fan3B", "CPU", "VRD", "PCH", "Inlet",
                "CHA DIMM 0", "CHA DIMM 1", "CHA DIMM 2", "CHB DIMM 0", "CHB DIMM 1", "CHB_DIMM_2", "RAM_TMax",
                "CPU_VCORE", "VBAT", "3VSB", "3VMain", "+5V", "+12V", "PSU1_+12V_value", "PSU1 Temp_value",
                "PSU1 FAN_value", "PSU2_+12V_value", "PSU2_Temp_value", "PSU2_FAN_value", "PSU1_Status", "PSU2_Status");
        assertEquals(table, knowledge.sensors().stream().map(Sensor::text).toList());
    }

    @Test
    void sensorsAreFoundAsLogsWriteThem() {
        Sensor fan = knowledge.sensor("Fan3B .");
        assertEquals(Map.of(Threshold.LNR, new BigDecimal("1000"), Threshold.LC, new BigDecimal("2000")), fan.thresholds());
        assertEquals("RPM", fan.unit());
        assertEquals(new BigDecimal("500"), fan.hysteresis());
        assertEquals("PSU1 Temp_value", knowledge.sensor("PSU1_Temp_value.").text());
        assertEquals("CHB_DIMM_2", knowledge.sensor("CHB DIMM 2 .").text());
        assertNull(knowledge.sensor("VBAT .").hysteresis(), "No hysteresis");
        assertEquals(new BigDecimal("12.740"), knowledge.sensor("+12V .").thresholds().get(Threshold.UC), "kept exact");
        assertTrue(knowledge.sensor("PSU2_Status .").thresholds().isEmpty());
        assertEquals("Power Supply", knowledge.sensor("PSU2_Status .").type());
    }

    @Test
    void sensorLocationsAreTheGuidesWords() throws IOException {
        String guide = guide();
        for (Sensor s : knowledge.sensors()) {
            assertTrue(guide.contains(s.location()), () -> s.text() + ": location not verbatim: " + s.location());
            assertTrue(guide.contains("\t" + s.text() + " .") || guide.contains("\t" + s.text() + "."),
                    () -> s.text() + ": not the table's sensor text");
        }
    }

    @Test
    void trapRules() {
        assertEquals(18, knowledge.trapRules().size());
        for (TrapRule r : knowledge.trapRules()) {
            assertTrue(r.notification().endsWith("AttentionNotify"), r.id());
            for (String mention : r.mentionsAny()) {
                assertTrue(mention.equals("Power Supply") || knowledge.sensor(mention) != null,
                        () -> r.id() + " mentions " + mention + ", which is no sensor of Table 1");
            }
        }
        TrapRule upper = rule("trap.motherboard.upper-critical");
        assertTrue(upper.processes().contains("ipmievdc"), "the guide's misprint is accepted");
        assertEquals(TrapRule.AssertFrom.THRESHOLD, upper.assertFrom());
        assertEquals(List.of("ntls"), List.copyOf(rule("trap.ntls.crit").processes()));
        assertEquals("Luna SA 7", rule("trap.crypto.alm").platform());
        assertNull(rule("trap.fan.lower-critical").platform());
        assertTrue(rule("trap.disk-drive.smartd-crit").severities().contains("crit"));
    }

    @Test
    void interpretationRulesEndWithTheCatchAll() {
        List<InterpretationRule> rules = knowledge.interpretation();
        assertEquals("interpret.crash-and-burn", rules.get(0).id());
        InterpretationRule last = rules.get(rules.size() - 1);
        assertEquals(Group.UNKNOWN, last.group());
        assertEquals(Priority.INFO, last.priority());
        assertTrue(last.processes().isEmpty() && last.severities().isEmpty() && last.containsAny().isEmpty());
        assertEquals("No entry of the guide describes this message.", last.meaning());
        for (InterpretationRule r : rules.subList(0, rules.size() - 1)) {
            assertTrue(r.group() != Group.UNKNOWN, r.id());
            assertTrue(!r.processes().isEmpty() || !r.severities().isEmpty() || !r.containsAny().isEmpty(),
                    () -> r.id() + " has no condition and would shadow the rules after it");
        }
    }

    private static TrapRule rule(String id) {
        return knowledge.trapRules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static String guide() throws IOException {
        String path = System.getProperty("hsmlog.guide");
        assumeTrue(path != null && Files.isRegularFile(Path.of(path)), "the guide is beside the checkout");
        String text = Files.readString(Path.of(path));
        assertNotNull(text);
        return text;
    }
}
