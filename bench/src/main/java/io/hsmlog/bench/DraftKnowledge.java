package io.hsmlog.bench;

import io.hsmlog.bench.knowledge.DraftPruner;
import io.hsmlog.knowledge.load.KnowledgeException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a knowledge directory of the draft entries that validate on top of the built-in knowledge, for
 * benchmarking with a realistic number of entries before the curated ones are all in.
 *
 * <pre>java io.hsmlog.bench.DraftKnowledge --drafts docs-export/target/drafts --out bench/target/knowledge</pre>
 */
public final class DraftKnowledge {
    private DraftKnowledge() {
    }

    public static void main(String[] args) throws IOException, KnowledgeException {
        Arguments a = new Arguments(args, "--drafts", "--out");
        Path drafts = Path.of(a.get("--drafts", "docs-export/target/drafts"));
        Path out = Path.of(a.get("--out", "bench/target/knowledge"));
        DraftPruner.Outcome o = new DraftPruner(out).prune(drafts);
        System.out.printf("draft knowledge in %s: %d draft entries kept, %d dropped as invalid or ambiguous;"
                        + " built-in entries used for: %s%n", out, o.kept(), o.dropped(),
                o.builtInComponents().isEmpty() ? "none" : String.join(", ", o.builtInComponents()));
    }
}
