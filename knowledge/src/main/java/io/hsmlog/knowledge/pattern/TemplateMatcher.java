package io.hsmlog.knowledge.pattern;

import java.util.List;

/**
 * Matches a message against the guide's notation directly, without a regex engine: literal text is compared as
 * text, and each placeholder tries the lengths its type allows in the order the notation's regex would try them
 * (greedy types longest first, {@code text} shortest first), backtracking as the regex does. The result, matched
 * or not and every field's text, is the regex's; {@code TemplateMatcherTest} holds the two to that on every
 * entry's examples and on near misses of them.
 *
 * <p>Why: this is the hottest step per line, and a regex engine's node-by-node interpretation costs several
 * times what comparing text in place does.
 */
final class TemplateMatcher {
    /** One piece of a notation: literal text, a run of blanks, or a placeholder. */
    sealed interface Element permits Literal, Blanks, Field {
    }

    record Literal(String text) implements Element {
    }

    /** {@code \s+}, or {@code \s*} at the pattern's ends. */
    record Blanks(boolean optional) implements Element {
    }

    /** A placeholder of its type, greedy when a {@code text} ends the pattern. */
    record Field(PlaceholderType type, boolean greedy) implements Element {
    }

    private static final int LITERAL = 0, BLANKS = 1, OPTIONAL_BLANKS = 2, WORD = 3, INT = 4, NUMBER = 5, HEX = 6,
            IP = 7, CLIENT = 8, PATH = 9, LAZY_TEXT = 10, TEXT = 11;

    private final int[] kinds;
    private final String[] literals;
    /** For each element, the index of its field, or -1. */
    private final int[] fieldOf;
    private final int fieldCount;

    TemplateMatcher(List<Element> elements) {
        int n = elements.size();
        kinds = new int[n];
        literals = new String[n];
        fieldOf = new int[n];
        int fields = 0;
        for (int i = 0; i < n; i++) {
            fieldOf[i] = -1;
            Element element = elements.get(i);
            if (element instanceof Literal l) {
                kinds[i] = LITERAL;
                literals[i] = l.text();
            } else if (element instanceof Blanks b) {
                kinds[i] = b.optional() ? OPTIONAL_BLANKS : BLANKS;
            } else {
                kinds[i] = kindOf((Field) element);
                fieldOf[i] = fields++;
            }
        }
        fieldCount = fields;
    }

    /** Exhaustive: a type added to {@link PlaceholderType} does not compile until it is matched here too. */
    private static int kindOf(Field f) {
        return switch (f.type()) {
            case WORD -> WORD;
            case INT -> INT;
            case NUMBER -> NUMBER;
            case HEX -> HEX;
            case IP -> IP;
            case CLIENT -> CLIENT;
            case PATH -> PATH;
            case TEXT -> f.greedy() ? TEXT : LAZY_TEXT;
        };
    }

    /**
     * The start and end of each field in {@code message}, pairs in field order, or null when the whole message
     * does not match.
     */
    int[] match(String message) {
        int[] bounds = new int[2 * fieldCount];
        return at(message, 0, 0, bounds) ? bounds : null;
    }

    /** True when elements from {@code e} on match the message from {@code pos} to its end. */
    private boolean at(String s, int e, int pos, int[] bounds) {
        if (e == kinds.length) return pos == s.length();
        int n = s.length();
        switch (kinds[e]) {
            case LITERAL -> {
                String lit = literals[e];
                return s.startsWith(lit, pos) && at(s, e + 1, pos + lit.length(), bounds);
            }
            case BLANKS, OPTIONAL_BLANKS -> {
                int end = run(s, pos, BLANK);
                int least = kinds[e] == BLANKS ? pos + 1 : pos;
                for (int i = end; i >= least; i--) if (at(s, e + 1, i, bounds)) return true;
                return false;
            }
            case WORD -> {
                return greedy(s, e, pos, run(s, pos, NOT_BLANK), pos + 1, bounds);
            }
            case PATH -> {
                return greedy(s, e, pos, run(s, pos, PATH_CHAR), pos + 1, bounds);
            }
            case TEXT -> {
                return greedy(s, e, pos, run(s, pos, ANY), pos + 1, bounds);
            }
            case LAZY_TEXT -> {
                int end = run(s, pos, ANY);
                for (int i = pos + 1; i <= end; i++) if (field(s, e, pos, i, bounds)) return true;
                return false;
            }
            case INT -> {
                int digitsFrom = pos < n && isSign(s.charAt(pos)) ? pos + 1 : pos;
                return greedy(s, e, pos, run(s, digitsFrom, DIGIT), digitsFrom + 1, bounds);
            }
            case NUMBER -> {
                return number(s, e, pos, bounds);
            }
            case HEX -> {
                if (pos + 2 < n && s.charAt(pos) == '0' && (s.charAt(pos + 1) == 'x' || s.charAt(pos + 1) == 'X')
                        && greedy(s, e, pos, run(s, pos + 2, HEX_DIGIT), pos + 3, bounds)) return true;
                return greedy(s, e, pos, run(s, pos, HEX_DIGIT), pos + 1, bounds);
            }
            case IP -> {
                return ip(s, e, pos, pos, 0, false, bounds);
            }
            case CLIENT -> {
                return ip(s, e, pos, pos, 0, true, bounds)
                        || s.startsWith("Console", pos) && field(s, e, pos, pos + 7, bounds)
                        || greedy(s, e, pos, run(s, pos, NOT_BLANK), pos + 1, bounds);
            }
            default -> throw new IllegalStateException("element kind " + kinds[e]);
        }
    }

    /** A greedy run: the field from {@code start} to each end from {@code longest} down to {@code shortest}. */
    private boolean greedy(String s, int e, int start, int longest, int shortest, int[] bounds) {
        for (int i = longest; i >= shortest; i--) if (field(s, e, start, i, bounds)) return true;
        return false;
    }

    /** The field spans start to end; true when the rest of the pattern matches after it. */
    private boolean field(String s, int e, int start, int end, int[] bounds) {
        if (!at(s, e + 1, end, bounds)) return false;
        int f = fieldOf[e];
        bounds[2 * f] = start;
        bounds[2 * f + 1] = end;
        return true;
    }

    /** {@code [-+]?(?:\d+(?:\.\d*)?|\.\d+)}, alternatives and quantifiers tried in the regex's order. */
    private boolean number(String s, int e, int pos, int[] bounds) {
        int n = s.length();
        int q = pos < n && isSign(s.charAt(pos)) ? pos + 1 : pos;
        int digitsEnd = run(s, q, DIGIT);
        for (int d = digitsEnd; d > q; d--) {
            if (d < n && s.charAt(d) == '.') {
                if (greedy(s, e, pos, run(s, d + 1, DIGIT), d + 1, bounds)) return true;
            }
            if (field(s, e, pos, d, bounds)) return true;
        }
        return q < n && s.charAt(q) == '.' && greedy(s, e, pos, run(s, q + 1, DIGIT), q + 2, bounds);
    }

    /**
     * {@code \d{1,3}(?:\.\d{1,3}){3}} from {@code p}, octet {@code octet} of four; with {@code port}, followed by
     * {@code /\d+} as the client type's first alternative.
     */
    private boolean ip(String s, int e, int start, int p, int octet, boolean port, int[] bounds) {
        int longest = Math.min(run(s, p, DIGIT), p + 3);
        for (int end = longest; end > p; end--) {
            if (octet == 3) {
                if (!port) {
                    if (field(s, e, start, end, bounds)) return true;
                } else if (end < s.length() && s.charAt(end) == '/'
                        && greedy(s, e, start, run(s, end + 1, DIGIT), end + 2, bounds)) {
                    return true;
                }
            } else if (end < s.length() && s.charAt(end) == '.' && ip(s, e, start, end + 1, octet + 1, port, bounds)) {
                return true;
            }
        }
        return false;
    }

    // Character classes, as java.util.regex defines them without flags.
    private static final int BLANK = 0, NOT_BLANK = 1, DIGIT = 2, HEX_DIGIT = 3, PATH_CHAR = 4, ANY = 5;

    /** The end of the run of characters of {@code cls} starting at {@code from}; one loop per class, as it is hot. */
    private static int run(String s, int from, int cls) {
        int n = s.length();
        int i = from;
        switch (cls) {
            case BLANK -> {
                while (i < n && isBlank(s.charAt(i))) i++;
            }
            case NOT_BLANK -> {
                while (i < n && !isBlank(s.charAt(i))) i++;
            }
            case DIGIT -> {
                while (i < n && isDigit(s.charAt(i))) i++;
            }
            case HEX_DIGIT -> {
                while (i < n && isHexDigit(s.charAt(i))) i++;
            }
            case PATH_CHAR -> {
                while (i < n && isPathChar(s.charAt(i))) i++;
            }
            default -> { // '.'
                while (i < n && !isLineEnd(s.charAt(i))) i++;
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isPathChar(char c) {
        return !isBlank(c) && c != ':' && c != ',' && c != ';';
    }

    /** What {@code .} does not match. */
    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
    private static boolean isBlank(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static boolean isSign(char c) {
        return c == '-' || c == '+';
    }
}
