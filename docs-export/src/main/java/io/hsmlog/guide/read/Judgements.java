package io.hsmlog.guide.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The reader's judgements about particular guide lines, and the reasons it gives. */
final class Judgements {

    static final String FRAGMENT = "fragment: the header is elided (\"...\") and the fields are annotated for "
            + "explanation; not a whole log line (the same message form has full examples elsewhere)";
    static final String TABLE_FIELDS = "Table 5 shows description fields of lunalog messages without a syslog "
            + "header; not log lines (Chapter 4 quotes the full NTLS and lunash lines)";
    static final String COMMAND = "a LunaSH command, not a log line";
    static final String NO_HEADER = "no syslog header: command output or configuration text, not a log message";
    static final String PRINTED_AFTER = "help text printed in a block after the log line at line %d, which "
            + "introduces it; no syslog header, not a log message";
    static final String PROSE = "prose inside an example block, not part of a message";
    static final String BARE_TEST = "the test command without -message: it writes no particular log line";
    static final String MEANING_IN_FENCE = "prose printed inside the example block; taken as the meaning, not "
            + "as a continuation of the line before";
    static final String PAGE_BREAK = "line %d continues the line ending at line %d across a page break";
    static final String SEPARATE_LINE = "printed without a header under the message ending at line %d: smartd "
            + "writes each line of a multi-line message as a record of its own, so it is read as a separate "
            + "message under the same header";
    static final String OPTION_JOIN = "joined without a space after \"--\": the wrap split a long option "
            + "(\"--capabilities\")";
    static final String NTIS = "printed as \"ntIs...\" (capital I) for the MIB objects \"ntls...\"; kept as printed";
    static final String FOOTNOTE = "footnote marker \"%s\" removed from the message; footnote at line %d: %s";
    static final String HEADER_REPEAT = "the header repeats the facility (%s); kept as printed, facility and "
            + "severity read as the first and last words";
    static final String HEADER_BARE = "no facility or severity in the header, as printed";
    static final String NO_YEAR = "no year in the date, as printed";
    static final String VARIABLE = "contains an unexpanded script variable (%s); kept as printed";
    static final String NOTIFICATION = "the guide names the notification \"%s\"; the MIB's \"%s\" is used";
    static final String STATED_DIFFERS = "the guide states %s, the reading computes %s; the statement is kept";

    private final List<LineJudgement> list = new ArrayList<>();

    void exclude(int index, String text, String reason) {
        list.add(new LineJudgement(index + 1, text, LineJudgement.Verdict.EXCLUDED, reason));
    }

    void keep(int index, String text, String reason) {
        list.add(new LineJudgement(index + 1, text, LineJudgement.Verdict.KEPT, reason));
    }

    List<LineJudgement> sorted() {
        return list.stream().sorted(Comparator.comparingInt(LineJudgement::line)).toList();
    }
}
