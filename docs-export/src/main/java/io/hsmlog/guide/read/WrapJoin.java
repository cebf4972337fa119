package io.hsmlog.guide.read;

import java.util.regex.Pattern;

/**
 * Joins the pieces of a line the guide wrapped at about 100 characters. A piece ending in a word
 * character followed by '-' or '_' was split inside a word ("Non-" + "recoverable", "RC_FUNCTION_NOT_" +
 * "SUPPORTED") and joins without a space; any other piece joins with one space.
 */
final class WrapJoin {

    private static final Pattern SPLIT_WORD = Pattern.compile(".*\\w[-_]$");
    /** A long option cut after its dashes ("with --" + "capabilities"). */
    private static final Pattern SPLIT_OPTION = Pattern.compile(".*\\s--$");

    private WrapJoin() {
    }

    static String join(String previous, String next) {
        String p = previous.stripTrailing();
        String n = next.strip();
        return splitsWord(p) ? p + n : p + " " + n;
    }

    static boolean splitsWord(String previous) {
        String p = previous.stripTrailing();
        return SPLIT_WORD.matcher(p).matches() || SPLIT_OPTION.matcher(p).matches();
    }

    static boolean splitsOption(String previous) {
        return SPLIT_OPTION.matcher(previous.stripTrailing()).matches();
    }
}
