package io.hsmlog.engine.correlate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A replay keeps only what open windows need: the lines the session holds follow the rate of the log, not its
 * length. Counted in facts, not timed. The log spans two weeks, so that in the second one every window, the
 * longest included (a week, for a resolution), has run its course: what the session holds stops growing.
 * Set {@code hsmlog.replay.lines} and {@code hsmlog.replay.days} to replay another log, such as 1000000 lines in 7.
 */
class MemoryBoundTest {
    private static final int LINES = Integer.getInteger("hsmlog.replay.lines", 200_000);
    private static final int DAYS = Integer.getInteger("hsmlog.replay.days", 14);

    @Test
    void theSessionHoldsWhatOpenWindowsNeedNotTheWholeLog() throws IOException {
        Correlator correlator = Scenario.BASE.newCorrelator();
        AtomicLong lines = new AtomicLong();
        AtomicLong matched = new AtomicLong();
        AtomicLong findings = new AtomicLong();
        long[] mostByDay = new long[DAYS];
        AtomicLong strays = new AtomicLong();
        Scenario.ENGINE.assess(new GeneratedLog(LINES, DAYS), a -> {
            int day = (int) (lines.getAndIncrement() * DAYS / LINES);
            findings.addAndGet(correlator.accept(a).size());
            long held = correlator.factCount();
            mostByDay[day] = Math.max(mostByDay[day], held);
            // Lines waiting for a successor are forgotten as they leave the session, not kept for the log's length.
            if (lines.get() % 1000 == 0) strays.addAndGet(correlator.strayCount());
            if (a.entry() != null) matched.incrementAndGet();
        });
        assertEquals(0, strays.get(), "lines waiting for a successor after they left the session");
        findings.addAndGet(correlator.finish().size());
        System.out.println("held at most, day by day: " + Arrays.toString(mostByDay) + "; lines with an entry: "
                + matched.get() + "; findings: " + findings.get());

        assertEquals(LINES, lines.get());
        assertTrue(findings.get() > 100, "incidents were found: " + findings.get());
        long most = Arrays.stream(mostByDay).max().orElseThrow();
        assertTrue(most * 20 < matched.get(), "at most " + most + " of " + matched.get() + " lines held at once");
        if (DAYS >= 14) {
            long firstWeek = Arrays.stream(mostByDay, 0, 7).max().orElseThrow();
            long afterwards = Arrays.stream(mostByDay, 7, DAYS).max().orElseThrow();
            assertTrue(afterwards <= firstWeek * 6 / 5, "no growth once the longest window has passed: first week "
                    + firstWeek + ", afterwards " + afterwards);
        }
    }
}
