package io.hsmlog.features;

import io.cucumber.java.ParameterType;

/** The words steps are built from, beyond Cucumber's {string}, {int} and {word}. */
public class ParameterTypes {

    /** "it", "the" (the scenario's only line) or "line 3". */
    @ParameterType("it|the|line \\d+")
    public LineRef line(String words) {
        return LineRef.parse(words);
    }

    /** The ssLogReference flag, in the guide's words: "assert" (1) or "de-assert" (0). */
    @ParameterType("assert|de-assert")
    public Boolean assertion(String words) {
        return words.equals("assert");
    }
}
