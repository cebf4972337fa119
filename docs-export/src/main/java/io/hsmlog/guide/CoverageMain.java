package io.hsmlog.guide;

import io.hsmlog.engine.Engine;
import io.hsmlog.guide.coverage.Coverage;
import io.hsmlog.guide.coverage.ExampleResult;
import io.hsmlog.guide.read.GuideReader;

import java.nio.file.Path;
import java.util.Map;

/**
 * {@code CoverageMain --guide <path> [--knowledge DIR]}: reads every example line of the guide with the engine and
 * reports how many it interprets as the guide says, per component, and every line it does not.
 */
public final class CoverageMain {
    private CoverageMain() {
    }

    public static void main(String[] args) throws Exception {
        Engine.Builder b = Engine.builder().defaultYear(2012).threads(1);
        String dir = Args.optional(args, "--knowledge");
        if (dir != null) b.knowledge(Path.of(dir));
        Engine engine = b.build();
        Coverage c = Coverage.of(GuideReader.read(Path.of(Args.required(args, "--guide"))), engine);
        for (ExampleResult r : c.results()) {
            if (!r.resolved()) System.out.println("guide line " + r.example().line() + ": " + r.problems() + "\n    " + r.instance());
        }
        System.out.printf("%-14s %6s %8s%n", "component", "lines", "resolved");
        for (Map.Entry<String, long[]> row : c.byComponent().entrySet()) {
            System.out.printf("%-14s %6d %8d%n", row.getKey(), row.getValue()[0], row.getValue()[1]);
        }
        System.out.println("guide example lines: " + c.extracted() + ", read as the guide says: " + c.resolved()
                + ", instances assessed: " + c.results().size());
        System.out.println("entries: " + engine.knowledge().entries().size() + ", carrying the guide's verbatim meaning: "
                + c.entriesWithVerbatimMeaning());
        System.exit(c.resolved() == c.extracted() ? 0 : 1);
    }
}
