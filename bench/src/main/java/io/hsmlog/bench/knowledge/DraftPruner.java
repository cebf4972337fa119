package io.hsmlog.bench.knowledge;

import io.hsmlog.engine.check.ExampleCheck;
import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.load.KnowledgeException;
import io.hsmlog.knowledge.load.KnowledgeLoader;
import io.hsmlog.knowledge.validate.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a knowledge directory from the derivation tool's draft entries that loads on top of the built-in knowledge:
 * drafts of components the built-in knowledge already covers are left out, and every draft entry a problem points
 * at is dropped, until what remains validates as the engine validates it. A stand-in for benchmarking while the
 * curated entries are being written: same notation, same matcher, roughly the same number of entries.
 */
public final class DraftPruner {
    private static final Pattern QUOTED_ID = Pattern.compile("'([a-z0-9][a-z0-9.\\-]*)'");
    private static final int MAX_ROUNDS = 30;

    /** What was kept and dropped. */
    public record Outcome(int kept, int dropped, Set<String> builtInComponents) {
    }

    private final Path entriesDir;

    public DraftPruner(Path outDir) {
        this.entriesDir = outDir.resolve("entries");
    }

    public Outcome prune(Path drafts) throws IOException, KnowledgeException {
        Set<String> curated = new LinkedHashSet<>();
        for (Entry e : KnowledgeLoader.builtIn().entries()) curated.add(e.component().key());
        Files.createDirectories(entriesDir);
        try (var stale = Files.list(entriesDir)) {
            for (Path p : stale.toList()) Files.delete(p); // left from an earlier run
        }
        List<DraftFile> files = new ArrayList<>();
        try (var list = Files.list(drafts)) {
            for (Path p : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                DraftFile f = DraftFile.read(p, entriesDir.resolve(p.getFileName()));
                if (curated.contains(f.component())) continue;
                files.add(f);
            }
        }
        int total = files.stream().mapToInt(DraftFile::size).sum();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            for (DraftFile f : files) f.write();
            List<Problem> problems = problems();
            if (problems.isEmpty()) {
                int kept = files.stream().mapToInt(DraftFile::size).sum();
                return new Outcome(kept, total - kept, curated);
            }
            int before = files.stream().mapToInt(DraftFile::size).sum();
            for (Problem p : problems) drop(files, p);
            if (files.stream().mapToInt(DraftFile::size).sum() == before) {
                throw new IllegalStateException("cannot prune the drafts further; first problem: " + problems.get(0));
            }
        }
        throw new IllegalStateException("the drafts still do not validate after " + MAX_ROUNDS + " rounds");
    }

    private List<Problem> problems() {
        try {
            KnowledgeLoader.load(true, List.of(entriesDir.getParent()), List.of(new ExampleCheck()));
            return List.of();
        } catch (KnowledgeException e) {
            return e.problems();
        }
    }

    /** Drops the draft entry a problem was found in, or else the draft entries it names. */
    private static void drop(List<DraftFile> files, Problem p) {
        for (DraftFile f : files) {
            if (f.isAt(p.origin().file()) && f.dropEntryAt(p.origin().line())) return;
        }
        Matcher m = QUOTED_ID.matcher(p.message());
        while (m.find()) for (DraftFile f : files) f.dropEntry(m.group(1));
    }
}
