package io.hsmlog.guide.read;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static io.hsmlog.guide.read.TestGuide.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The number of examples read from the guide. A change here means the guide or the reader changed:
 * check the table printed below against the guide before updating the numbers.
 */
class ExampleCountTest {

    @Test
    void countsEveryExample() {
        Map<String, Map<ExampleKind, Integer>> table = new TreeMap<>();
        for (GuideExample e : guide().examples()) {
            table.computeIfAbsent(String.valueOf(e.component()), c -> new TreeMap<>()).merge(e.kind(), 1, Integer::sum);
        }
        StringBuilder s = new StringBuilder(String.format("%-14s %7s %7s %7s %7s%n", "component", "SYSLOG", "TEST",
                "TRAP", "WALK"));
        table.forEach((c, k) -> s.append(String.format("%-14s %7d %7d %7d %7d%n", c,
                k.getOrDefault(ExampleKind.SYSLOG, 0), k.getOrDefault(ExampleKind.TEST_EVENT, 0),
                k.getOrDefault(ExampleKind.SNMP_TRAP, 0), k.getOrDefault(ExampleKind.SNMP_WALK, 0))));
        System.out.print(s);

        assertEquals(798, guide().examples().size());
        assertEquals(761, guide().examples(ExampleKind.SYSLOG).size());
        assertEquals(26, guide().examples(ExampleKind.TEST_EVENT).size());
        assertEquals(2, guide().examples(ExampleKind.SNMP_TRAP).size());
        assertEquals(9, guide().examples(ExampleKind.SNMP_WALK).size());
        assertEquals(53, guide().excluded().size());
    }
}
