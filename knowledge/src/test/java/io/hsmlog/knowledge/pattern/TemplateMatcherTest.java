package io.hsmlog.knowledge.pattern;

import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.Example;
import io.hsmlog.knowledge.load.KnowledgeLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notation's own matcher must agree with the notation's regex on every message: whether it matches, and each
 * field's text. Held to that on every built-in entry's examples and counter-examples, each read from every word
 * on and from after a MIB name (the message is one of those suffixes), and on near misses of each: a character dropped, doubled or
 * replaced, a blank doubled.
 */
class TemplateMatcherTest {

    @TestFactory
    Stream<DynamicTest> agreesWithTheRegexOnEveryEntrysExamples() throws Exception {
        List<Entry> entries = KnowledgeLoader.builtIn().entries();
        return entries.stream().filter(e -> e.compiled().hasTemplate()).map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            List<String> lines = new ArrayList<>();
            for (Example x : e.examples()) lines.add(x.text());
            for (Example x : e.counterExamples()) lines.add(x.text());
            int matched = 0;
            for (String line : lines) {
                for (String message : ExampleMessages.suffixes(line)) {
                    if (agree(e.compiled(), message)) matched++;
                    for (String miss : ExampleMessages.nearMisses(message)) agree(e.compiled(), miss);
                }
            }
            if (matched == 0) UNMATCHED.add(e.id());
        }));
    }

    /** Entries none of whose examples matched as read here: a few walks, whose object names the parser rewrites. */
    private static final Set<String> UNMATCHED = ConcurrentHashMap.newKeySet();

    @AfterAll
    static void theMatchingSideWasExercised() throws Exception {
        long withTemplate = KnowledgeLoader.builtIn().entries().stream().filter(e -> e.compiled().hasTemplate()).count();
        assertTrue(UNMATCHED.size() * 50 < withTemplate, "examples of these entries never matched: " + UNMATCHED);
    }

    @Test
    void eachPlaceholderTypeBacktracksAsTheRegexDoes() throws PatternException {
        String[] notations = {
                "v <v:number> end", "v <v:number>.<w:int> end", "v <v:int>-<x>", "v <v:hex>x end", "v <v:hex> end",
                "from <a:ip>.<b:int> end", "from <a:ip> end", "c <c:client>/<d:word>", "c <c:client> end",
                "p <p:path>:<q:int>", "t <t>: <u>", "t <t> end <u:word>", " lead <w:word> trail ", "w <w:word>"};
        String[] values = {"1", "-1", "+1.", ".5", "-.5", "1.2.3", "0x", "0xfg", "0x1F", "00x1", "1.2.3.4", "1.2.3.4.5",
                "1234.1.1.1", "1.2.3.4/", "1.2.3.4/80", "1.2.3.4/80/x", "Console", "Consoles", "a:b", "a\rb", "a b: c",
                "", " ", "end", "x end end", "- 1", "1e5", "\u2028", "\u00e9t\u00e9"};
        int checked = 0;
        for (String notation : notations) {
            MessagePattern p = MessagePattern.fromNotation(notation);
            for (String v : values) {
                for (String w : values) {
                    String message = notation.replaceAll("<[^>]+>", "\u0000").replaceFirst("\u0000", v)
                            .replaceFirst("\u0000", w).replace("\u0000", "1");
                    agree(p, message);
                    checked++;
                }
            }
        }
        assertEquals(notations.length * values.length * values.length, checked);
    }

    /** Asserts both matchers agree; true when the message matched. */
    private static boolean agree(MessagePattern p, String message) {
        var expected = p.regexMatch(message);
        assertEquals(expected, p.match(message), () -> "'" + p.source() + "' on '" + message + "'");
        assertEquals(expected != null, p.matches(message), () -> "'" + p.source() + "' on '" + message + "'");
        return expected != null;
    }
}
