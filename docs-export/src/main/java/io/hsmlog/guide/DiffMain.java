package io.hsmlog.guide;

import io.hsmlog.guide.diff.CuratedExample;
import io.hsmlog.guide.diff.GuideDiff;
import io.hsmlog.guide.diff.KnowledgeExamples;
import io.hsmlog.guide.read.GuideExample;
import io.hsmlog.guide.read.GuideReader;

import java.nio.file.Path;

/**
 * Re-reads the guide and lists, against the curated knowledge, the guide's messages no entry quotes and
 * the curated examples the guide does not print. Exits 1 when there are differences.
 *
 * <pre>java io.hsmlog.guide.DiffMain --guide GUIDE.txt --knowledge DIR</pre>
 */
public final class DiffMain {

    private DiffMain() {
    }

    public static void main(String[] args) {
        Path guide = Path.of(Args.required(args, "--guide"));
        Path knowledge = Path.of(Args.required(args, "--knowledge"));
        GuideDiff.Report report = GuideDiff.compare(GuideReader.read(guide), KnowledgeExamples.read(knowledge));
        System.out.printf("Guide messages not quoted by any entry: %d of %d%n", report.unquoted().size(),
                report.guideMessages());
        for (GuideExample e : report.unquoted()) {
            System.out.printf("  line %d\t%s\t%s\t%s%n", e.line(), e.component(),
                    String.join(" > ", e.sectionPath()), e.text());
        }
        System.out.printf("Curated examples not in the guide: %d of %d%n", report.notInGuide().size(),
                report.curatedExamples());
        for (CuratedExample c : report.notInGuide()) {
            System.out.printf("  %s\t%s\t%s%n", knowledge.relativize(c.file()), c.id(), c.text());
        }
        System.exit(report.clean() ? 0 : 1);
    }
}
