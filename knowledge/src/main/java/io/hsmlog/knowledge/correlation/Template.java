package io.hsmlog.knowledge.correlation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text with placeholders filled from an incident's lines: {@code {sensor}}, {@code {stopped.reading}}. A brace
 * that does not open a placeholder is literal. Templates are filled in Java, never written into rules.
 */
public record Template(String text) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)?)}");

    /** The placeholders, in order of appearance, without braces. */
    public List<String> placeholders() {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** The text with each placeholder replaced by {@code values.apply(name)}. */
    public String fill(UnaryOperator<String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(values.apply(m.group(1))));
        m.appendTail(out);
        return out.toString();
    }
}
