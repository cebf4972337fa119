package io.hsmlog.guide.read;

import java.util.regex.Pattern;

/** Recognises the kinds of line the guide is made of. */
final class LineShapes {

    private static final Pattern LOG_START = Pattern.compile(
            "^(?:\\d{4} )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}\\d{1,2} \\d{2}:\\d{2}:\\d{2} \\S+ .*");
    private static final Pattern CHAPTER = Pattern.compile("^CHAPTER (\\d+): (.+)$");
    private static final Pattern FOOTNOTE = Pattern.compile("^(?:- )?(\\*{1,5}) (.+)$");
    private static final Pattern SECTION_LINK = Pattern.compile("^- > \\[\"(.+?)\"[^\\]]*]\\(#\\).*$");
    private static final Pattern WALK = Pattern.compile("^- > ([A-Za-z0-9-]+-MIB::.+)$");
    private static final Pattern MEANING_IN_FENCE = Pattern.compile("^(?:This|These) messages? (?:indicates?|means?|shows?|records?)\\b.*");
    private static final Pattern NOT_HEADING_START = Pattern.compile("^(?:- |\\* |\\d+\\. |NOTE |CAUTION|\\*|<|\\[|`|>|\")");
    private static final Pattern CAPTION = Pattern.compile("^(?:Table|Figure) \\d+:.*");

    static final String TABLE_HEADER = "Facility Keyword\tSoftware Process\tLog File";

    private LineShapes() {
    }

    static boolean isLogStart(String line) {
        return LOG_START.matcher(line).matches();
    }

    static boolean isFence(String line) {
        return line.strip().equals("```");
    }

    static boolean isBlank(String line) {
        return line.isBlank();
    }

    static Pattern chapter() {
        return CHAPTER;
    }

    static Pattern footnote() {
        return FOOTNOTE;
    }

    static Pattern sectionLink() {
        return SECTION_LINK;
    }

    static Pattern walk() {
        return WALK;
    }

    /** The guide once prints the meaning inside the example block; such a line ends the example. */
    static boolean isMeaningInFence(String line) {
        return MEANING_IN_FENCE.matcher(line.strip()).matches();
    }

    /** An elided header ("... local5 info lunash [3442]: ..."): a fragment, not a whole line. */
    static boolean isFragment(String line) {
        return line.strip().startsWith("... ");
    }

    /**
     * A heading is a short line standing alone between blank lines that does not read as a sentence,
     * a list item, a table row or a caption.
     */
    static boolean isHeadingText(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 110 || line.contains("\t") || t.contains("](#)")) {
            return false;
        }
        if (NOT_HEADING_START.matcher(t).find() || CAPTION.matcher(t).matches() || isLogStart(t)) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (".:,;!?".indexOf(last) >= 0) {
            return false;
        }
        if (Character.isLowerCase(t.charAt(0)) && t.contains(", ")) {
            return false;
        }
        return t.split("\\s+").length <= 16;
    }
}
