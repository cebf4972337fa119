package io.hsmlog.engine;

import io.hsmlog.engine.correlate.Correlator;
import io.hsmlog.engine.correlate.GeneratedLog;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Correlating a stream on the worker threads, appliances split into lanes, finds what one correlator fed every
 * line in input order finds: the same incidents, each after the same line, and the same open ones at the end in
 * the same order.
 */
class CorrelatingStreamTest {
    private static final int LINES = 30_000;
    /**
     * After the generated days, a fan the first appliance reports stopped and nothing more: that appliance logged
     * first and has an incident open at the end, like others in another lane.
     */
    private static final String LAST = "2012 Feb 26 23:59:59 luna1 local4 notice ipmievd: Fan sensor Fan1A ."
            + " Lower Critical going low (Reading 500 < Threshold 1000 RPM)\n";

    /** Each line's number with the findings it completed; the open findings at the end under line 0. */
    private record Step(long line, List<Finding> found) {
    }

    @Test
    void lanesFindWhatOneCorrelatorFinds() throws IOException {
        Engine engine = SharedEngine.get();
        assertTrue(engine.threads() > 1, "the shared engine streams on several threads");

        List<Step> one = new ArrayList<>();
        Correlator correlator = engine.correlator();
        engine.assess(log(), a -> one.add(new Step(a.line(), correlator.accept(a))));
        one.add(new Step(0, correlator.finish()));

        List<Step> lanes = new ArrayList<>();
        List<Finding> open = new ArrayList<>();
        engine.assessAndCorrelate(log(), Assessment::line,
                (line, found) -> lanes.add(new Step(line, found)), open::add);
        lanes.add(new Step(0, open));

        assertEquals(LINES + 2, lanes.size());
        for (int i = 0; i < one.size(); i++) assertEquals(one.get(i), lanes.get(i), "line " + one.get(i).line());

        long incidents = one.stream().mapToLong(s -> s.found().size()).sum();
        Set<String> openHosts = new LinkedHashSet<>();
        for (Finding f : open) openHosts.add(f.host());
        assertTrue(incidents > 100, "the log has incidents to find: " + incidents);
        assertEquals(List.of("luna1", "luna2", "luna3"), List.copyOf(openHosts),
                "incidents of several appliances, in different lanes, were open at the end");
    }

    private static InputStream log() {
        return new SequenceInputStream(new GeneratedLog(LINES, 3),
                new ByteArrayInputStream(LAST.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFailingInputEndsTheRunWithItsErrorAfterTheLinesReadBeforeIt() {
        String line = "2012 Feb 29 12:05:01 myLuna local4 alert ipmiev: SEL buffer overflow, "
                + "no SEL message can be logged until the SEL buffer is cleared\n";
        InputStream failing = FailingInput.after(line.repeat(5000));
        List<Long> out = new ArrayList<>();
        IOException e = assertThrows(IOException.class, () -> SharedEngine.get().assessAndCorrelate(failing,
                Assessment::line, (n, found) -> out.add(n), f -> { }));
        assertEquals(FailingInput.ERROR, e.getMessage());
        assertEquals(5000, out.size(), "every line read before the error was handed on");
        for (int i = 0; i < out.size(); i++) assertEquals(i + 1, out.get(i));
    }
}
