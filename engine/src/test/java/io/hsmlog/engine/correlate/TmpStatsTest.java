package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Finding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

class TmpStatsTest {
    @Test
    void stats() throws Exception {
        List<Assessment> all = new ArrayList<>();
        long t0 = System.nanoTime();
        Scenario.ENGINE.assess(new GeneratedLog(200_000), all::add);
        long t1 = System.nanoTime();
        Correlator c = Scenario.BASE.newCorrelator();
        Map<String, Integer> byRule = new TreeMap<>();
        long most = 0;
        for (Assessment a : all) {
            for (Finding f : c.accept(a)) byRule.merge(f.rule(), 1, Integer::sum);
            most = Math.max(most, c.factCount());
        }
        for (Finding f : c.finish()) byRule.merge(f.rule() + " (open)", 1, Integer::sum);
        long t2 = System.nanoTime();
        System.out.println("assess " + (t1 - t0) / 1_000_000 + " ms, correlate " + (t2 - t1) / 1_000_000 + " ms, most facts " + most);
        System.out.println(byRule);
        Map<String, Integer> entries = new TreeMap<>();
        for (Assessment a : all) entries.merge(String.valueOf(a.entry()), 1, Integer::sum);
        System.out.println(entries);
    }
}
