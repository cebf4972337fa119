package io.hsmlog.knowledge.pattern;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Rejects raw regexes that can backtrack catastrophically: a quantified group that itself contains a quantifier
 * ({@code (a+)+}, {@code (\s*x?)*}), the shape behind exponential matching time in backtracking engines,
 * and backreferences, whose matching time no engine bounds.
 */
final class BacktrackingCheck {
    private BacktrackingCheck() {
    }

    static void check(String regex) throws PatternException {
        if (regex == null || regex.isBlank()) throw new PatternException("regex is empty");
        // One frame per open group: does its body contain a quantifier?
        Deque<boolean[]> groups = new ArrayDeque<>();
        Deque<Integer> opens = new ArrayDeque<>();
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && Character.isDigit(regex.charAt(i + 1)) && regex.charAt(i + 1) != '0') {
                    throw new PatternException("regex uses a backreference at index " + i + ": its matching time is unbounded");
                }
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'k') {
                    throw new PatternException("regex uses a named backreference at index " + i + ": its matching time is unbounded");
                }
                i++;
                continue;
            }
            if (inClass) {
                if (c == ']') inClass = false;
                continue;
            }
            switch (c) {
                case '[' -> inClass = true;
                case '(' -> {
                    groups.push(new boolean[]{false});
                    opens.push(i);
                }
                case ')' -> {
                    if (groups.isEmpty()) throw new PatternException("regex has an unmatched ')' at index " + i);
                    boolean innerQuantified = groups.pop()[0];
                    int open = opens.pop();
                    boolean outerQuantified = isUnboundedQuantifier(regex, i + 1);
                    if (innerQuantified && outerQuantified) {
                        throw new PatternException("regex can backtrack catastrophically: the group at index " + open
                                + " repeats a part that itself repeats (nested quantifiers, as in (a+)+)");
                    }
                    if ((innerQuantified || outerQuantified) && !groups.isEmpty()) groups.peek()[0] = true;
                }
                case '*', '+' -> markQuantified(groups);
                case '{' -> {
                    if (isUnboundedQuantifier(regex, i)) markQuantified(groups);
                }
                default -> {
                }
            }
        }
    }

    private static void markQuantified(Deque<boolean[]> groups) {
        if (!groups.isEmpty()) groups.peek()[0] = true;
    }

    /** True when a quantifier that can repeat many times starts at {@code i}: *, + or {n,} / {n,m} with m > 1. */
    private static boolean isUnboundedQuantifier(String regex, int i) {
        if (i >= regex.length()) return false;
        char c = regex.charAt(i);
        if (c == '*' || c == '+') return true;
        if (c != '{') return false;
        int close = regex.indexOf('}', i);
        if (close < 0) return false;
        String body = regex.substring(i + 1, close);
        if (!body.matches("\\d+(,\\d*)?")) return false;
        if (!body.contains(",")) return Integer.parseInt(body) > 1;
        String max = body.substring(body.indexOf(',') + 1);
        return max.isEmpty() || Integer.parseInt(max) > 1;
    }
}
