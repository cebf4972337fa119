package io.hsmlog.engine.parse;

import static io.hsmlog.engine.parse.Text.isBlank;
import static io.hsmlog.engine.parse.Text.isDigit;
import static io.hsmlog.engine.parse.Text.isHexDigit;
import static io.hsmlog.engine.parse.Text.isLetter;
import static io.hsmlog.engine.parse.Text.regionIs;
import static io.hsmlog.engine.parse.Text.skipBlanks;

/**
 * Derives the text rules match from a record's body: removes the lunalog prefix {@code <severity> : <code> :}, the
 * {@code ***TEST} designator and {@code SEQNO_<n>} of test events (Chapter 6), and restores the {@code <} and
 * {@code >} that LunaSH makes testers write as {@code .lt} and {@code .gt}.
 */
final class MessageText {

    private static final String[] LUNA_SEVERITIES = {"critical", "error", "warning", "warn", "audit", "info", "debug"};
    private static final String TEST_DESIGNATOR = "***TEST";
    private static final String SEQUENCE_NUMBER = "SEQNO_";

    private MessageText() {
    }

    /** Sets body, message, lunalog fields and the test flag from the text after the syslog tag. */
    static void fill(String body, LogEvent.Builder event) {
        int end = body.length();
        int at = 0;
        boolean test = false;
        int afterTest = skipTestDesignator(body, at, end);
        if (afterTest >= 0) {
            test = true;
            at = afterTest;
        }
        int afterPrefix = lunalogPrefix(body, at, end, event);
        if (afterPrefix >= 0) {
            at = afterPrefix;
            // The designator precedes the text it marks; for lunalog text that may be after the prefix.
            if (!test && (afterTest = skipTestDesignator(body, at, end)) >= 0) {
                test = true;
                at = afterTest;
            }
        }
        event.body(body).test(test).message(restoreComparators(Text.trimmed(body, at, end)));
    }

    /** Position after {@code ***TEST :} and an optional {@code SEQNO_<n> :}, or -1 when absent. */
    private static int skipTestDesignator(String s, int at, int end) {
        if (!regionIs(s, at, end, TEST_DESIGNATOR)) {
            return -1;
        }
        int next = at + TEST_DESIGNATOR.length();
        if (next < end && Text.isWordChar(s.charAt(next))) {
            return -1;
        }
        next = skipSeparator(s, next, end);
        if (regionIs(s, next, end, SEQUENCE_NUMBER)) {
            int digits = Text.digitRun(s, next + SEQUENCE_NUMBER.length(), end);
            if (digits > 0) {
                next = skipSeparator(s, next + SEQUENCE_NUMBER.length() + digits, end);
            }
        }
        return next;
    }

    /** Skips blanks, one optional colon, and blanks. */
    private static int skipSeparator(String s, int at, int end) {
        at = skipBlanks(s, at, end);
        if (at < end && s.charAt(at) == ':') {
            at = skipBlanks(s, at + 1, end);
        }
        return at;
    }

    /**
     * Recognises {@code <severity> : <code> :} and the variant without the second colon the guide also prints
     * ({@code error : 0xc0000002 Fail to initialize ...}); returns the position of the description, or -1.
     */
    private static int lunalogPrefix(String s, int at, int end, LogEvent.Builder event) {
        int wordEnd = at;
        while (wordEnd < end && isLetter(s.charAt(wordEnd))) {
            wordEnd++;
        }
        String severity = lunaSeverity(s, at, wordEnd);
        if (severity == null) {
            return -1;
        }
        int i = skipBlanks(s, wordEnd, end);
        if (i >= end || s.charAt(i) != ':') {
            return -1;
        }
        int codeStart = skipBlanks(s, i + 1, end);
        int codeEnd = codeEnd(s, codeStart, end);
        if (codeEnd < 0) {
            return -1;
        }
        int next = skipBlanks(s, codeEnd, end);
        if (next < end && s.charAt(next) == ':') {
            next = skipBlanks(s, next + 1, end);
        }
        event.luna(severity, s.substring(codeStart, codeEnd));
        return next;
    }

    /** End of a {@code 0x}-hex or decimal code at {@code at}, or -1. */
    private static int codeEnd(String s, int at, int end) {
        int i = at;
        if (i + 2 < end && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                && isHexDigit(s.charAt(i + 2))) {
            i += 2;
            while (i < end && isHexDigit(s.charAt(i))) {
                i++;
            }
        } else {
            while (i < end && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == at) {
                return -1;
            }
        }
        return i == end || isBlank(s.charAt(i)) || s.charAt(i) == ':' ? i : -1;
    }

    private static String lunaSeverity(String s, int from, int to) {
        int length = to - from;
        for (String severity : LUNA_SEVERITIES) {
            if (severity.length() == length && s.regionMatches(true, from, severity, 0, length)) {
                return severity;
            }
        }
        return null;
    }

    /** LunaSH forbids '<' and '>' in test messages, so testers write " .lt " and " .gt " instead. */
    static String restoreComparators(String message) {
        if (message.indexOf(" .") < 0) return message; // one scan for the common case, neither present
        if (message.indexOf(" .lt ") >= 0) {
            message = message.replace(" .lt ", " < ");
        }
        if (message.indexOf(" .gt ") >= 0) {
            message = message.replace(" .gt ", " > ");
        }
        return message;
    }
}
