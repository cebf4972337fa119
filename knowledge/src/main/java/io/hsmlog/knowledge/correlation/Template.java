package io.hsmlog.knowledge.correlation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text with placeholders filled from an incident's lines: {@code {sensor}}, {@code {stopped.reading}}. A brace
 * that does not open a placeholder is literal. Templates are filled in Java, never written into rules.
 *
 * <p>The text is split into literals and placeholders once, when the knowledge is read: every finding fills its
 * summary and action, and finding the placeholders anew each time cost more than filling them.
 */
public final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)?)}");

    private final String text;
    /** Literal text before each placeholder, then the text after the last: one more than {@link #names}. */
    private final String[] literals;
    private final String[] names;

    public Template(String text) {
        this.text = text;
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            literals.add(text.substring(at, m.start()));
            names.add(m.group(1));
            at = m.end();
        }
        literals.add(text.substring(at));
        this.literals = literals.toArray(String[]::new);
        this.names = names.toArray(String[]::new);
    }

    /** The text as written in the knowledge. */
    public String text() {
        return text;
    }

    /** The placeholders, in order of appearance, without braces. */
    public List<String> placeholders() {
        return List.of(names);
    }

    /** The text with each placeholder replaced by {@code values.apply(name)}. */
    public String fill(UnaryOperator<String> values) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < names.length; i++) out.append(literals[i]).append(values.apply(names[i]));
        return out.append(literals[names.length]).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Template t && t.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "Template[text=" + text + "]";
    }
}
