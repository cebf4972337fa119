package io.hsmlog.knowledge.pattern;

import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.Example;
import io.hsmlog.knowledge.load.KnowledgeLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pattern's required text lets the index skip it for a message that lacks the text, so it must be in every
 * message the pattern matches: checked on every built-in entry's examples and their near misses.
 */
class RequiredTextTest {

    @Test
    void aRawRegexRequiresItsLongestCertainLiteralRun() {
        assertEquals("NTLS Client \"", RawRegex.requiredText("NTLS Client \"(?<n>[^\"]*)\" has"));
        assertEquals("\" connected and authenticated : ",
                RawRegex.requiredText("NTLS Client \"(?<n>[^\"]*)\" connected and authenticated : (?<c>\\S+?)\\.?"));
        assertEquals("bc", RawRegex.requiredText("a?bc"), "an optional character is not required");
        assertEquals("xy", RawRegex.requiredText("ab*xy"), "nor one a star repeats");
        assertEquals("yz", RawRegex.requiredText("(abcdef)yz"), "group contents are not counted");
        assertEquals("def", RawRegex.requiredText("[abc\\]]def"), "nor character classes, escapes included");
        assertEquals(".conf", RawRegex.requiredText("\\S+\\.conf"), "an escaped metacharacter is literal");
        assertEquals("file", RawRegex.requiredText("file\\s+\\d+"));
        assertNull(RawRegex.requiredText("abc|def"), "alternatives have no common text");
        assertNull(RawRegex.requiredText("(?i)Starting"), "case-insensitive text may be spelled otherwise");
        assertNull(RawRegex.requiredText("\\d+\\s*\\S+"));
    }

    @TestFactory
    Stream<DynamicTest> everyMatchingMessageContainsTheRequiredText() throws Exception {
        List<Entry> entries = KnowledgeLoader.builtIn().entries();
        return entries.stream().filter(e -> e.compiled().requiredText() != null).map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            MessagePattern p = e.compiled();
            List<String> lines = new ArrayList<>();
            for (Example x : e.examples()) lines.add(x.text());
            for (Example x : e.counterExamples()) lines.add(x.text());
            for (String line : lines) {
                for (String message : ExampleMessages.suffixes(line)) {
                    check(p, message);
                    for (String miss : ExampleMessages.nearMisses(message)) check(p, miss);
                }
            }
        }));
    }

    @Test
    void mostRawRegexesHaveARequiredText() throws Exception {
        long raw = 0;
        long withText = 0;
        for (Entry e : KnowledgeLoader.builtIn().entries()) {
            if (e.compiled().hasTemplate()) continue;
            raw++;
            if (e.compiled().requiredText() != null) withText++;
        }
        assertTrue(raw > 0 && withText * 2 > raw, withText + " of " + raw + " raw regexes have a required text");
    }

    private static void check(MessagePattern p, String message) {
        if (p.regexMatch(message) != null) {
            assertTrue(message.contains(p.requiredText()),
                    () -> "'" + p.source() + "' matches '" + message + "' without '" + p.requiredText() + "'");
        }
    }
}
