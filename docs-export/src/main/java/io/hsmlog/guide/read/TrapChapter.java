package io.hsmlog.guide.read;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Chapter 6 blocks: the {@code sysconf snmp trap test} commands (wrapped over lines), and the trap
 * notifications as a trap receiver logs them.
 */
final class TrapChapter {

    private static final Pattern TRAP_END = Pattern.compile(".*ssLogReference = \\[.*]$");
    private static final Pattern PROSE = Pattern.compile("^[a-z][a-z ]*:?$");

    private final GuideParser parser;
    private final List<String> raw;

    TrapChapter(GuideParser parser) {
        this.parser = parser;
        this.raw = parser.raw();
    }

    int fenced(int i) {
        String t = raw.get(i).strip();
        if (TestCommand.isCommand(t)) {
            return command(i);
        }
        if (t.startsWith("SAFENET-APPLIANCE-MIB::") || t.matches("^a \\S+ trap from host=.*")) {
            return trap(i);
        }
        if ("Sub-System Log Reference".equals(parser.position().section())) {
            parser.judgements().exclude(i, t, t.contains("lunash:>") ? Judgements.COMMAND
                    : PROSE.matcher(t).matches() ? Judgements.PROSE : Judgements.NO_HEADER);
        }
        return i + 1;
    }

    private int command(int i) {
        String joined = raw.get(i).strip();
        int j = i + 1;
        while (j < raw.size() && !raw.get(j).isBlank() && !LineShapes.isFence(raw.get(j))
                && !TestCommand.isCommand(raw.get(j)) && !LineShapes.isLogStart(raw.get(j))) {
            joined = WrapJoin.join(joined, raw.get(j));
            j++;
        }
        TestCommand command = TestCommand.parse(joined);
        if (command == null) {
            parser.judgements().exclude(i, joined, Judgements.BARE_TEST);
            return j;
        }
        ExampleDraft d = parser.draft(ExampleKind.TEST_EVENT, Catalog.processComponent(command.process()));
        d.text = command.logLine();
        d.printed = joined;
        for (int k = i; k < j; k++) {
            d.lines.add(k + 1);
        }
        d.notes.add("the log line the test command at line " + (i + 1) + " makes the appliance write");
        return j;
    }

    private int trap(int i) {
        // A trap as the receiving station logs it: SNMP input, not the trap agent's own log.
        ExampleDraft d = parser.draft(ExampleKind.SNMP_TRAP, "snmp");
        int j = i;
        while (j < raw.size() && !raw.get(j).isBlank() && !LineShapes.isFence(raw.get(j))) {
            String piece = raw.get(j).strip();
            d.text = d.lines.isEmpty() ? piece : d.text + " " + piece;
            d.lines.add(j + 1);
            j++;
            if (TRAP_END.matcher(d.text).matches()) {
                break;
            }
        }
        return j;
    }
}
