package io.hsmlog.bench.lognorm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Translates a message pattern in the guide's notation ({@code literal <name:type> literal}) into a liblognorm v2
 * match description, as near in meaning as liblognorm's parsers allow:
 *
 * <ul>
 *   <li>a lazy {@code <text>} becomes {@code string-to} the literal after it ({@code char-to} when that is one
 *       character), or {@code rest} at the end;</li>
 *   <li>{@code int}, {@code number}, {@code ip} and {@code client} become the {@link #TYPES} defined here;</li>
 *   <li>{@code word}, {@code hex} and {@code path} become a token: {@code word} before a blank or the end,
 *       otherwise {@code char-to} the next literal's first character;</li>
 *   <li>a run of blanks becomes one space (liblognorm literals match exactly).</li>
 * </ul>
 */
final class NotationTranslator {
    /** User-defined liblognorm types the translations refer to; alternatives are tried in order. */
    static final List<String> TYPES = List.of(
            "type=@int:%value:number%",
            "type=@int:-%value:number%",
            "type=@int:+%value:number%",
            "type=@num:%value:float%",
            "type=@num:+%value:float%",
            "type=@client:%ip:ipv4%/%port:number%",
            "type=@client:%name:word%");

    private static final Pattern PLACEHOLDER = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*(\\s*:\\s*[a-z]+)?");

    /** A placeholder of a type liblognorm cannot express. */
    static final class Untranslatable extends Exception {
        private static final long serialVersionUID = 1L;

        Untranslatable(String reason) {
            super(reason);
        }
    }

    private sealed interface Token permits Literal, Blank, Field {
    }

    private record Literal(String text) implements Token {
    }

    private record Blank() implements Token {
    }

    private record Field(String name, String type) implements Token {
    }

    private NotationTranslator() {
    }

    static String translate(String notation) throws Untranslatable {
        List<Token> tokens = tokenize(notation.strip());
        StringBuilder out = new StringBuilder(notation.length() + 32);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t instanceof Literal l) out.append(escapeLiteral(l.text()));
            else if (t instanceof Blank) out.append(' ');
            else out.append(field((Field) t, tokens.subList(i + 1, tokens.size())));
        }
        return out.toString();
    }

    private static String field(Field f, List<Token> after) throws Untranslatable {
        return switch (f.type()) {
            case "int" -> "%" + f.name() + ":@int%";
            case "number" -> "%" + f.name() + ":@num%";
            case "ip" -> "%" + f.name() + ":ipv4%";
            case "client" -> "%" + f.name() + ":@client%";
            case "word", "hex", "path" -> token(f.name(), after);
            case "text" -> text(f.name(), after);
            default -> throw new Untranslatable("placeholder type '" + f.type() + "'");
        };
    }

    /** Text without blanks, up to the next blank or the next literal's first character. */
    private static String token(String name, List<Token> after) {
        if (after.isEmpty() || after.get(0) instanceof Blank) return "%" + name + ":word%";
        String next = ((Literal) after.get(0)).text(); // placeholders are always separated by literal text
        return "%" + name + ":char-to:" + escapeExtra(next.substring(0, 1)) + "%";
    }

    /** Any text, as little as possible: up to the literal text that follows it, or to the end. */
    private static String text(String name, List<Token> after) throws Untranslatable {
        StringBuilder upTo = new StringBuilder();
        for (Token t : after) {
            if (t instanceof Field) break;
            upTo.append(t instanceof Literal l ? l.text() : " ");
        }
        if (upTo.toString().isBlank()) return "%" + name + ":rest%";
        // string-to never matches when its text is one character (liblognorm 2.0.6): char-to says the same.
        String type = upTo.length() == 1 ? ":char-to:" : ":string-to:";
        return "%" + name + type + escapeExtra(upTo.toString()) + "%";
    }

    private static List<Token> tokenize(String notation) {
        List<Token> tokens = new ArrayList<>();
        int n = notation.length();
        int i = 0;
        while (i < n) {
            char c = notation.charAt(i);
            int close = c == '<' ? placeholderEnd(notation, i) : -1;
            if (close > 0) {
                String inside = notation.substring(i + 1, close).strip();
                int colon = inside.indexOf(':');
                String name = (colon < 0 ? inside : inside.substring(0, colon)).strip();
                tokens.add(new Field(name, colon < 0 ? "text" : inside.substring(colon + 1).strip()));
                i = close + 1;
            } else if (Character.isWhitespace(c)) {
                while (i < n && Character.isWhitespace(notation.charAt(i))) i++;
                tokens.add(new Blank());
            } else {
                int j = i;
                while (j < n && !Character.isWhitespace(notation.charAt(j))
                        && !(notation.charAt(j) == '<' && placeholderEnd(notation, j) > 0)) j++;
                tokens.add(new Literal(notation.substring(i, j)));
                i = j;
            }
        }
        return tokens;
    }

    /** As the notation reads it: {@code <name>} or {@code <name:type>}; any other '<' is literal text. */
    private static int placeholderEnd(String s, int open) {
        int close = s.indexOf('>', open + 1);
        if (close < 0) return -1;
        String inside = s.substring(open + 1, close);
        if (inside.isBlank() || inside.indexOf('<') >= 0) return -1;
        return PLACEHOLDER.matcher(inside.strip()).matches() ? close : -1;
    }

    /** A literal in a rule: '%' would start a field and '\' an escape. */
    static String escapeLiteral(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\x25");
    }

    /** A parser's extra data, which also ends at ':'. */
    private static String escapeExtra(String s) {
        return escapeLiteral(s).replace(":", "\\x3a");
    }
}
