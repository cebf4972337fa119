package io.hsmlog.bench;

import io.hsmlog.bench.corpus.Traffic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a corpus of appliance log lines in a realistic mix (see {@link Traffic}), the same file for the same seed.
 *
 * <pre>java io.hsmlog.bench.CorpusGenerator --lines 1000000 --seed 7 --out corpus.log</pre>
 */
public final class CorpusGenerator {
    static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 0, 0, 0);
    static final int DAYS = 7;
    static final int APPLIANCES = 20;

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Arguments a = new Arguments(args, "--lines", "--seed", "--out");
        long lines = Long.parseLong(a.get("--lines", "1000000"));
        long seed = Long.parseLong(a.get("--seed", "7"));
        String out = a.get("--out", "-");
        try (Writer w = out.equals("-")
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
            write(w, lines, seed);
        }
    }

    static void write(Writer w, long lines, long seed) throws IOException {
        Traffic traffic = new Traffic(seed, lines, START, DAYS, APPLIANCES);
        for (long i = 0; i < lines; i++) {
            w.write(traffic.line(i));
            w.write('\n');
        }
    }

    /** The corpus as a list, for benchmarks that hold it in memory. */
    public static List<String> lines(int lines, long seed) {
        Traffic traffic = new Traffic(seed, lines, START, DAYS, APPLIANCES);
        List<String> all = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) all.add(traffic.line(i));
        return all;
    }
}
