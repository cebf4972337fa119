package io.hsmlog.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One engine serves many threads at once; each gets what it would have got alone. */
class ThreadSafetyTest {
    private static final List<String> LINES = List.of(
            "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 1600 < Threshold 2000 RPM)",
            "2012 Feb 29 12:05:21 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Non-recoverable going low (Reading 15900 < Threshold 1000 RPM)",
            "2012 Feb 29 12:05:01 myLuna local5 crit NTLS [1234]: info : 0 : NTLS CRASH AND BURN and unable to dump the stack!",
            "2012 Feb 29 12:05:01 myLuna daemon crit smartd[1234]: Device: /dev/sda, Temperature 49 Celsius reached critical limit of 48 Celsius (Min/Max 31/49)",
            "2012 Feb 29 12:05:01 myLuna local5 info lunash [1234]: info : 0 : Command: hsm show : admin : Console",
            "something no entry describes");

    @Test
    void concurrentCallersGetTheSameAssessmentsAsOneCaller() throws Exception {
        Engine engine = SharedEngine.get();
        List<String> expected = describe(engine.assess(LINES));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    List<String> last = null;
                    for (int i = 0; i < 50; i++) last = describe(engine.assess(LINES));
                    return last;
                }));
            }
            for (Future<List<String>> f : futures) assertEquals(expected, f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> describe(List<Assessment> as) {
        List<String> out = new ArrayList<>();
        for (Assessment a : as) {
            out.add(a.line() + " " + a.entry() + " " + a.group() + " " + a.priority() + " " + a.fields() + " " + a.trap());
        }
        return out;
    }
}
