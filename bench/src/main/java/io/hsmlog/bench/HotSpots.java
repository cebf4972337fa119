package io.hsmlog.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a JFR recording's CPU samples fall: on which threads, the methods most often on top of the stack (self
 * time), the methods most often anywhere on it (total time), and the same for hsmlog's own code, so the cost of a
 * library call is charged to the hsmlog method that made it.
 *
 * <pre>java io.hsmlog.bench.HotSpots --jfr recording.jfr --top 25</pre>
 */
public final class HotSpots {
    private static final String OWN = "io.hsmlog.";

    private HotSpots() {
    }

    public static void main(String[] args) throws IOException {
        Arguments a = new Arguments(args, "--jfr", "--top");
        Path file = Path.of(a.get("--jfr", "bench/target/profile.jfr"));
        int top = Integer.parseInt(a.get("--top", "25"));
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> ownSelf = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) continue;
            samples++;
            var thread = e.getThread("sampledThread");
            threads.merge(thread == null ? "?" : threadGroup(thread.getJavaName()), 1, Integer::sum);
            List<RecordedFrame> frames = st.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) if (seen.add(name(f))) total.merge(name(f), 1, Integer::sum);
            frames.stream().map(HotSpots::name).filter(n -> n.startsWith(OWN)).findFirst()
                    .ifPresent(n -> ownSelf.merge(n, 1, Integer::sum));
        }
        System.out.printf("%d execution samples in %s%n", samples, file);
        print("threads: which thread was running (a pool's threads together)", threads, samples, top, n -> true);
        print("self: top of the stack", self, samples, top, n -> true);
        print("hsmlog code that was running or called the library running (self + callees outside hsmlog)",
                ownSelf, samples, top, n -> true);
        print("total: anywhere on the stack, hsmlog code", total, samples, top, n -> n.startsWith(OWN));
        print("total: anywhere on the stack, libraries", total, samples, top, n -> !n.startsWith(OWN));
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top, Predicate<String> keep) {
        System.out.printf("%n## %s%n%n| %% samples | samples | method |%n|---:|---:|---|%n", title);
        counts.entrySet().stream().filter(en -> keep.test(en.getKey()))
                .sorted((x, y) -> Integer.compare(y.getValue(), x.getValue())).limit(top)
                .forEach(en -> System.out.printf("| %.1f | %d | `%s` |%n",
                        100.0 * en.getValue() / Math.max(1, samples), en.getValue(), en.getKey()));
    }

    /** "hsmlog-assess", not each worker apart; JIT and GC threads are not sampled. */
    private static String threadGroup(String name) {
        return name == null ? "?" : name.replaceAll("-\\d+$", "");
    }

    private static String name(RecordedFrame f) {
        RecordedMethod m = f.getMethod();
        return m == null ? "?" : m.getType().getName() + "." + m.getName();
    }
}
