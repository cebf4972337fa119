package io.hsmlog.engine.parse;

/** Character scanning shared by the parsers; indexes are into the line, {@code end} is exclusive. */
final class Text {

    private Text() {
    }

    /** Syslog headers separate fields with runs of spaces or tabs. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isWordChar(char c) {
        return isLetter(c) || isDigit(c) || c == '_';
    }

    static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static int skipBlanks(String s, int i, int end) {
        while (i < end && isBlank(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index of the first blank at or after {@code i}, or {@code end}. */
    static int tokenEnd(String s, int i, int end) {
        while (i < end && !isBlank(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** First index at or after {@code from} that is not whitespace (a leading byte-order mark counts as such). */
    static int trimStart(String s, int from, int end) {
        while (from < end) {
            char c = s.charAt(from);
            if (c > ' ' && c != '\uFEFF') {
                break;
            }
            from++;
        }
        return from;
    }

    /** One past the last index before {@code end} that is not whitespace. */
    static int trimEnd(String s, int start, int end) {
        while (end > start && s.charAt(end - 1) <= ' ') {
            end--;
        }
        return end;
    }

    /** The trimmed text between {@code from} and {@code end}, without copying when nothing is trimmed. */
    static String trimmed(String s, int from, int end) {
        int start = trimStart(s, from, end);
        int stop = trimEnd(s, start, end);
        return start == 0 && stop == s.length() ? s : s.substring(start, stop);
    }

    /** Whether {@code s} holds {@code word} at {@code at}, comparing ASCII letters without regard to case. */
    static boolean regionIs(String s, int at, int end, String word) {
        return end - at >= word.length() && s.regionMatches(true, at, word, 0, word.length());
    }

    /** Position of {@code word} in {@code s[from, end)}, or -1. */
    static int indexOf(String s, String word, int from, int end) {
        int i = s.indexOf(word, from);
        return i >= 0 && i + word.length() <= end ? i : -1;
    }

    /** Parses up to {@code max} decimal digits at {@code at}; returns -1 unless at least {@code min} are present. */
    static int digits(String s, int at, int end, int min, int max) {
        int value = 0;
        int i = at;
        while (i < end && i - at < max && isDigit(s.charAt(i))) {
            value = value * 10 + (s.charAt(i) - '0');
            i++;
        }
        return i - at >= min ? value : -1;
    }

    /** How many decimal digits start at {@code at}. */
    static int digitRun(String s, int at, int end) {
        int i = at;
        while (i < end && isDigit(s.charAt(i))) {
            i++;
        }
        return i - at;
    }
}
