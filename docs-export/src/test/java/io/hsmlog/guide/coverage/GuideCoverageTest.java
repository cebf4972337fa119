package io.hsmlog.guide.coverage;

import io.hsmlog.engine.Engine;
import io.hsmlog.guide.read.GuideReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example line of the guide, extracted from the guide's own text, is read by the engine on the built-in
 * knowledge exactly as the guide says: one entry, the guide's component and group, meaning and action, and for
 * Chapter 6 the guide's trap and assert flag. One test per line, named by its guide line.
 */
class GuideCoverageTest {
    private static Coverage coverage;

    @BeforeAll
    static void readGuide() throws Exception {
        String path = System.getProperty("hsmlog.guide");
        assertTrue(path != null && Files.isRegularFile(Path.of(path)),
                "the guide is needed beside the checkout (../shared/guide) or via -Dhsmlog.guide=<path>; got " + path);
        Engine engine = Engine.builder().defaultYear(2012).threads(1).build();
        coverage = Coverage.of(GuideReader.read(Path.of(path)), engine);
    }

    @TestFactory
    Stream<DynamicTest> everyGuideExampleIsReadAsTheGuideSays() {
        return coverage.results().stream().map(r -> DynamicTest.dynamicTest(
                "guide line " + r.example().line() + ": " + r.instance(),
                () -> assertTrue(r.resolved(), () -> "guide line " + r.example().line() + " " + r.example().sectionPath()
                        + "\n  " + r.instance() + "\n  " + String.join("\n  ", r.problems())
                        + "\n  assessed: entry " + r.assessment().entry() + ", rules " + r.assessment().rulesFired())));
    }

    @Test
    void theGuideHasAsManyExamplesAsItDid() {
        // A revised guide changes this count: re-derive the drafts and diff them against the knowledge.
        assertEquals(798, coverage.extracted());
    }
}
