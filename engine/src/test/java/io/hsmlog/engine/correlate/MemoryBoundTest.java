package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Finding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A replay keeps only what open windows need: the session's lines stay far below the number of lines that
 * correlations refer to. Counted in facts, not timed. Set {@code hsmlog.replay.lines} to replay a longer week.
 */
class MemoryBoundTest {
    private static final int LINES = Integer.getInteger("hsmlog.replay.lines", 200_000);
    /** Far more than the windows of this log need, far less than its relevant lines. */
    private static final long BOUND = 5_000;

    @Test
    void aWeekOfLogsKeepsTheSessionSmall() throws IOException {
        Correlator correlator = Scenario.BASE.newCorrelator();
        AtomicLong lines = new AtomicLong();
        AtomicLong relevant = new AtomicLong();
        AtomicLong findings = new AtomicLong();
        AtomicLong most = new AtomicLong();
        Scenario.ENGINE.assess(new GeneratedLog(LINES), a -> {
            lines.incrementAndGet();
            if (a.entry() != null && !"ntls".equals(a.component()) && !"lunash.command".equals(a.entry())) {
                relevant.incrementAndGet();
            }
            for (Finding f : correlator.accept(a)) findings.incrementAndGet();
            most.accumulateAndGet(correlator.factCount(), Math::max);
        });
        findings.addAndGet(correlator.finish().size());

        assertEquals(LINES, lines.get());
        assertTrue(relevant.get() > LINES / 3, "the log is mostly lines correlations refer to: " + relevant.get());
        assertTrue(findings.get() > 100, "incidents were found: " + findings.get());
        assertTrue(most.get() < BOUND, "at most " + most.get() + " lines held at once");
    }
}
