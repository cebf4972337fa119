package io.hsmlog.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a profile's CPU samples fall: on which threads, the methods most often on top of the stack (self time),
 * the methods most often anywhere on it (total time), and the same for hsmlog's own code, so the cost of a library
 * call is charged to the hsmlog method that made it. Reads a JFR recording, or async-profiler's collapsed stacks
 * ({@code collapsed,threads}), which also sample the JIT compiler and GC threads and attribute the quick
 * compiler's inlined code more faithfully than JFR does.
 *
 * <pre>java io.hsmlog.bench.HotSpots --jfr recording.jfr --top 25
 * java io.hsmlog.bench.HotSpots --collapsed stacks.txt --top 25</pre>
 */
public final class HotSpots {
    private static final String OWN = "io.hsmlog.";

    private final Map<String, Integer> self = new HashMap<>();
    private final Map<String, Integer> total = new HashMap<>();
    private final Map<String, Integer> ownSelf = new HashMap<>();
    private final Map<String, Integer> threads = new HashMap<>();
    private int samples;

    private HotSpots() {
    }

    public static void main(String[] args) throws IOException {
        Arguments a = new Arguments(args, "--jfr", "--collapsed", "--top");
        int top = Integer.parseInt(a.get("--top", "25"));
        HotSpots h = new HotSpots();
        String collapsed = a.get("--collapsed", null);
        Path file = Path.of(collapsed != null ? collapsed : a.get("--jfr", "bench/target/profile.jfr"));
        if (collapsed != null) h.readCollapsed(file);
        else h.readJfr(file);
        System.out.printf("%d samples in %s%n", h.samples, file);
        print("threads: which thread was running (a pool's threads together)", h.threads, h.samples, top, n -> true);
        print("self: top of the stack", h.self, h.samples, top, n -> true);
        print("hsmlog code that was running or called the library running (self + callees outside hsmlog)",
                h.ownSelf, h.samples, top, n -> true);
        print("total: anywhere on the stack, hsmlog code", h.total, h.samples, top, n -> n.startsWith(OWN));
        print("total: anywhere on the stack, libraries", h.total, h.samples, top, n -> !n.startsWith(OWN));
    }

    private void readJfr(Path file) throws IOException {
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) continue;
            var thread = e.getThread("sampledThread");
            // JFR lists the top of the stack first.
            List<String> leafFirst = st.getFrames().stream().map(HotSpots::name).toList();
            add(thread == null ? "?" : thread.getJavaName(), leafFirst, 1);
        }
    }

    /** Lines of {@code [thread tid=n];root;...;leaf count}, methods written {@code pkg/Class.method}. */
    private void readCollapsed(Path file) throws IOException {
        for (String line : Files.readAllLines(file)) {
            int space = line.lastIndexOf(' ');
            if (space < 0) continue;
            List<String> frames = new ArrayList<>(List.of(line.substring(0, space).split(";")));
            String thread = "?";
            if (!frames.isEmpty() && frames.get(0).startsWith("[")) {
                thread = frames.remove(0).replaceAll("^\\[|( tid=\\d+)?]$", "");
            }
            if (frames.isEmpty()) continue;
            List<String> leafFirst = new ArrayList<>(frames.size());
            for (int i = frames.size() - 1; i >= 0; i--) leafFirst.add(frames.get(i).replace('/', '.'));
            add(thread, leafFirst, Integer.parseInt(line.substring(space + 1).trim()));
        }
    }

    private void add(String thread, List<String> leafFirst, int count) {
        samples += count;
        threads.merge(threadGroup(thread), count, Integer::sum);
        self.merge(leafFirst.get(0), count, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (String f : leafFirst) if (seen.add(f)) total.merge(f, count, Integer::sum);
        leafFirst.stream().filter(n -> n.startsWith(OWN)).findFirst().ifPresent(n -> ownSelf.merge(n, count, Integer::sum));
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top, Predicate<String> keep) {
        System.out.printf("%n## %s%n%n| %% samples | samples | method |%n|---:|---:|---|%n", title);
        counts.entrySet().stream().filter(en -> keep.test(en.getKey()))
                .sorted((x, y) -> Integer.compare(y.getValue(), x.getValue())).limit(top)
                .forEach(en -> System.out.printf("| %.1f | %d | `%s` |%n",
                        100.0 * en.getValue() / Math.max(1, samples), en.getValue(), en.getKey()));
    }

    /** "hsmlog-assess", not each worker apart; likewise the compiler and GC threads. */
    private static String threadGroup(String name) {
        return name == null ? "?" : name.replaceAll("[-#]?\\d+$", "");
    }

    private static String name(RecordedFrame f) {
        RecordedMethod m = f.getMethod();
        return m == null ? "?" : m.getType().getName() + "." + m.getName();
    }
}
