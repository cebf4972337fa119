package io.hsmlog.engine.check;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Engine;
import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.Example;
import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.load.KnowledgeLoader;
import io.hsmlog.knowledge.validate.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in knowledge's examples are tests, run here rather than at every start of the engine: each example is
 * assessed as its own entry by the whole engine, and no counter-example is.
 */
class BuiltInExamplesTest {
    private static Knowledge knowledge;
    private static Engine engine;

    @BeforeAll
    static void load() throws Exception {
        knowledge = KnowledgeLoader.builtIn();
        engine = Engine.builder().defaultYear(2012).threads(1).build();
    }

    @Test
    void theExampleCheckFindsNoProblem() {
        List<Problem> problems = new ArrayList<>();
        new ExampleCheck().check(knowledge, problems);
        assertEquals(List.of(), problems);
    }

    @TestFactory
    Stream<DynamicTest> everyExampleIsAssessedAsItsEntry() {
        assertTrue(knowledge.entries().size() > 600, "the built-in knowledge has its entries");
        return knowledge.entries().stream()
                .filter(e -> !e.examples().isEmpty() || !e.counterExamples().isEmpty())
                .map(e -> DynamicTest.dynamicTest(e.id(), () -> check(e)));
    }

    private static void check(Entry e) {
        for (Example x : e.examples()) {
            Assessment a = engine.assess(x.text());
            assertEquals(e.id(), a.entry(), () -> x.origin() + ": " + x.text() + "\n  rules fired: " + a.rulesFired());
            assertEquals("entry " + e.id(), a.rulesFired().stream().filter(r -> r.startsWith("entry ")).findFirst()
                    .orElse(null), () -> x.origin() + ": the entry's verdict was not applied");
        }
        for (Example x : e.counterExamples()) {
            assertFalse(engine.entriesMatching(x.text()).contains(e.id()), () -> x.origin() + ": counter-example "
                    + "matches: " + x.text());
        }
    }
}
