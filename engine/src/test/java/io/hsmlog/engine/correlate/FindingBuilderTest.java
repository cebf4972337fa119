package io.hsmlog.engine.correlate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FindingBuilderTest {
    /** What the shortening is defined as: runs of regex blanks made one space, then stripped. */
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "plain message", "  leading and trailing  ", "two  spaces", "tab\there",
            "line\nbreak\r\n", "mixed \t\n\u000B\f\r run", "\u00A0no-break\u00A0space stays", "ends with a tab\t",
            "\u2003em space at the edges\u2003", "unit\u001Fseparator"})
    void collapsesBlanksAsTheRegexDoes(String message) {
        String expected = BLANKS.matcher(message).replaceAll(" ").strip();
        assertEquals(expected, FindingBuilder.shorten(message));
    }

    @ParameterizedTest
    @ValueSource(ints = {119, 120, 121, 500})
    void cutsLongMessagesToOneHundredAndTwentyCharacters(int length) {
        String message = "x".repeat(length);
        String shortened = FindingBuilder.shorten(message);
        assertEquals(Math.min(length, 120), shortened.length());
        assertEquals(length > 120, shortened.endsWith("..."));
    }
}
