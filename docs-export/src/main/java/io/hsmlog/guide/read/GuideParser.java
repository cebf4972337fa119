package io.hsmlog.guide.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** One pass over the guide's lines, tracking structure and assembling examples; see {@link GuideReader}. */
final class GuideParser {

    private final List<String> raw;
    private final int n;

    private final List<Chapter> chapters = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Footnote> footnotes = new ArrayList<>();
    private final List<ComponentTable> tables = new ArrayList<>();
    private final List<ExampleDraft> drafts = new ArrayList<>();
    private final Judgements judgements = new Judgements();

    private Position pos = Position.FRONT_MATTER;
    private List<String> chapterSections = List.of();
    private boolean inFence;
    private int block;
    private int blockStart;
    private ExampleDraft lastSyslog;

    GuideParser(List<String> lines) {
        this.raw = List.copyOf(lines);
        this.n = raw.size();
    }

    Guide parse() {
        int i = 0;
        while (i < n) {
            String line = raw.get(i);
            Matcher chapter = LineShapes.chapter().matcher(line.strip());
            if (!inFence && chapter.matches()) {
                startChapter(i, Integer.parseInt(chapter.group(1)), chapter.group(2));
                i++;
            } else if (pos.chapter() == 0) {
                i++;
            } else if (LineShapes.isFence(line)) {
                inFence = !inFence;
                if (inFence) {
                    block++;
                    blockStart = i;
                }
                i++;
            } else {
                i = inFence ? fenced(i) : open(i);
            }
        }
        List<GuideExample> examples = new Finisher(drafts, paragraphs, footnotes, judgements).finish();
        return new Guide(List.copyOf(chapters), List.copyOf(sections), List.copyOf(headings),
                List.copyOf(paragraphs), List.copyOf(footnotes), List.copyOf(tables), examples,
                judgements.sorted());
    }

    private void startChapter(int i, int number, String title) {
        String full = "Chapter " + number + ": " + title.strip();
        pos = new Position(number, full, null, null, null, null);
        List<String> listed = new ArrayList<>();
        for (int j = i + 1; j < n && !LineShapes.chapter().matcher(raw.get(j).strip()).matches(); j++) {
            Matcher link = LineShapes.sectionLink().matcher(raw.get(j).strip());
            if (link.matches()) {
                listed.add(link.group(1));
            } else if (!listed.isEmpty()) {
                break;
            }
        }
        chapterSections = List.copyOf(listed);
        chapters.add(new Chapter(number, full, i + 1, chapterSections));
        headings.add(new Heading(i + 1, full, Heading.Level.CHAPTER));
    }

    // ----- outside example blocks

    private int open(int i) {
        String line = raw.get(i);
        String t = line.strip();
        if (t.isEmpty()) {
            return i + 1;
        }
        if (LineShapes.isLogStart(line)) {
            return syslog(i, false);
        }
        if (LineShapes.isFragment(line)) {
            judgements.exclude(i, t, Judgements.FRAGMENT);
            return i + 1;
        }
        if (t.contains("<pre>")) {
            judgements.exclude(i, t, Judgements.TABLE_FIELDS);
            return i + 1;
        }
        Matcher walk = LineShapes.walk().matcher(t);
        if (pos.chapter() == 2 && walk.matches()) {
            ExampleDraft d = draft(ExampleKind.SNMP_WALK, "snmp");
            d.append(i, walk.group(1));
            d.printed = t;
            if (walk.group(1).contains("::ntIs")) {
                judgements.keep(i, t, Judgements.NTIS);
            }
            return i + 1;
        }
        if (line.equals(LineShapes.TABLE_HEADER) && i + 1 < n) {
            table(i);
            return i + 2;
        }
        if (isHeading(i)) {
            heading(i, t);
            return i + 1;
        }
        Matcher note = LineShapes.footnote().matcher(t);
        if (note.matches()) {
            footnotes.add(new Footnote(i + 1, note.group(1), note.group(2), pos));
            return i + 1;
        }
        if (isProse(line)) {
            paragraphs.add(new Paragraph(i + 1, t, pos));
        }
        return i + 1;
    }

    private boolean isHeading(int i) {
        return LineShapes.isHeadingText(raw.get(i))
                && (i == 0 || LineShapes.isBlank(raw.get(i - 1)))
                && (i + 1 >= n || LineShapes.isBlank(raw.get(i + 1)) || LineShapes.isFence(raw.get(i + 1)));
    }

    private static boolean isProse(String line) {
        String t = line.strip();
        return !line.contains("\t") && !t.startsWith("- ") && !t.matches("^\\d+\\. .*") && !t.startsWith("<http");
    }

    private void heading(int i, String text) {
        Heading.Level level;
        if (chapterSections.contains(text)) {
            pos = pos.withSection(text);
            sections.add(new Section(pos.chapter(), text, Catalog.sectionComponent(pos.chapter(), text), i + 1));
            level = Heading.Level.SECTION;
        } else if ((pos.chapter() == 3 || pos.chapter() == 4) && pos.section() != null
                && Catalog.groupOfHeading(text) != null) {
            pos = pos.withGroup(text);
            level = Heading.Level.GROUP;
        } else if (pos.subsection() != null && Catalog.isDetailHeading(text)) {
            pos = pos.withDetail(text);
            level = Heading.Level.DETAIL;
        } else {
            pos = pos.withSubsection(text);
            level = Heading.Level.SUBSECTION;
        }
        headings.add(new Heading(i + 1, text, level));
    }

    private void table(int i) {
        String[] cells = raw.get(i + 1).split("\t");
        String facility = cells.length > 0 ? cells[0].strip() : "";
        String process = cells.length > 1 ? cells[1].strip() : "";
        String logFile = cells.length > 2 ? cells[2].strip() : "";
        List<String> processes = new ArrayList<>();
        if (process.startsWith("See list")) {
            for (int j = i + 2; j < n && !isHeading(j); j++) {
                String t = raw.get(j).strip();
                if (t.startsWith("- > ")) {
                    processes.add(processName(t.substring(4)));
                }
            }
        } else {
            processes.add(processName(process));
        }
        tables.add(new ComponentTable(i + 1, pos.section(), facility, process, logFile, List.copyOf(processes)));
    }

    /** "crond (pam_unix) [pid]" is logged as "crond(pam_unix)[1234]:". */
    static String processName(String cell) {
        return cell.replace("[pid]", "").replaceAll("\\s+(?=[(\\[])", "").strip();
    }

    // ----- inside example blocks

    private int fenced(int i) {
        String line = raw.get(i);
        String t = line.strip();
        if (t.isEmpty()) {
            return i + 1;
        }
        if (LineShapes.isLogStart(line)) {
            return syslog(i, true);
        }
        if (LineShapes.isFragment(line)) {
            judgements.exclude(i, t, Judgements.FRAGMENT);
            return i + 1;
        }
        if (pos.chapter() == 6) {
            return new TrapChapter(this).fenced(i);
        }
        if (Catalog.isSeparateLine(line) && lastSyslog != null) {
            return separate(i);
        }
        if (LineShapes.isMeaningInFence(line)) {
            paragraphs.add(new Paragraph(i + 1, t, pos));
            judgements.keep(i, t, Judgements.MEANING_IN_FENCE);
            return i + 1;
        }
        judgements.exclude(i, t, notALogLine(t));
        return i + 1;
    }

    private String notALogLine(String t) {
        if (t.matches("^(?:\\[[^]]*] )?lunash:>.*")) {
            return Judgements.COMMAND;
        }
        if (lastSyslog != null && blockStart + 1 - lastSyslog.lastLine() <= 3 && lastSyslog.block < block) {
            return String.format(Judgements.PRINTED_AFTER, lastSyslog.lastLine());
        }
        return Judgements.NO_HEADER;
    }

    private int syslog(int i, boolean fenced) {
        ExampleDraft d = draft(ExampleKind.SYSLOG, null);
        d.append(i, raw.get(i));
        int next = continueExample(d, i + 1, fenced);
        LogLine parsed = LogLine.parse(d.text);
        String process = parsed == null ? null : parsed.process();
        d.component = switch (pos.chapter()) {
            case 1, 6 -> Catalog.processComponent(process);
            default -> Catalog.sectionComponent(pos.chapter(), pos.section());
        };
        lastSyslog = d;
        return next;
    }

    private int continueExample(ExampleDraft d, int j, boolean fenced) {
        while (j < n) {
            String l = raw.get(j);
            if (!fenced) {
                if (LineShapes.isBlank(l) || LineShapes.isFence(l) || LineShapes.isLogStart(l)) {
                    return j;
                }
                d.append(j, l);
                j++;
                continue;
            }
            if (LineShapes.isBlank(l) || LineShapes.isFence(l)) {
                int k = skipBlank(j);
                int resumed = k < n && LineShapes.isFence(raw.get(k)) ? acrossPageBreak(d, k) : -1;
                if (resumed < 0) {
                    return j;
                }
                j = resumed;
                continue;
            }
            if (LineShapes.isLogStart(l) || LineShapes.isMeaningInFence(l) || Catalog.isSeparateLine(l)
                    || LineShapes.isFragment(l)) {
                return j;
            }
            if (WrapJoin.splitsOption(d.text)) {
                judgements.keep(j, l.strip(), Judgements.OPTION_JOIN);
            }
            d.append(j, l);
            j++;
        }
        return j;
    }

    /**
     * A page break can split an example: the block closes and the rest of the line opens the next block,
     * or stands alone between two blocks. Returns where to go on inside the reopened block, or -1.
     */
    private int acrossPageBreak(ExampleDraft d, int close) {
        int k = skipBlank(close + 1);
        if (k >= n) {
            return -1;
        }
        String next = raw.get(k);
        if (LineShapes.isFence(next)) {
            int m = skipBlank(k + 1);
            if (m < n && continues(raw.get(m))) {
                joinAcross(d, m);
                return m + 1;
            }
            return -1;
        }
        boolean shortTail = next.strip().length() < 60 && !LineShapes.footnote().matcher(next.strip()).matches();
        if (continues(next) && shortTail && d.lastPiece.length() >= 80) {
            int m = skipBlank(k + 1);
            if (m < n && LineShapes.isFence(raw.get(m))) {
                joinAcross(d, k);
                return m + 1;
            }
        }
        return -1;
    }

    private static boolean continues(String line) {
        return !LineShapes.isBlank(line) && !LineShapes.isFence(line) && !LineShapes.isLogStart(line)
                && !LineShapes.isMeaningInFence(line);
    }

    private void joinAcross(ExampleDraft d, int m) {
        String note = String.format(Judgements.PAGE_BREAK, m + 1, d.lastLine());
        d.notes.add(note);
        judgements.keep(m, raw.get(m).strip(), note);
        d.append(m, raw.get(m));
    }

    private int separate(int i) {
        String line = raw.get(i).strip();
        String header = LogLine.parse(lastSyslog.text).header(lastSyslog.text);
        ExampleDraft d = draft(ExampleKind.SYSLOG, lastSyslog.component);
        d.append(i, header + line);
        d.printed = line;
        String note = String.format(Judgements.SEPARATE_LINE, lastSyslog.lastLine());
        d.notes.add(note);
        judgements.keep(i, line, note);
        lastSyslog = d;
        return i + 1;
    }

    private int skipBlank(int j) {
        while (j < n && LineShapes.isBlank(raw.get(j))) {
            j++;
        }
        return j;
    }

    // ----- shared with TrapChapter

    ExampleDraft draft(ExampleKind kind, String component) {
        ExampleDraft d = new ExampleDraft(kind, pos, block);
        d.component = component;
        drafts.add(d);
        return d;
    }

    List<String> raw() {
        return raw;
    }

    Position position() {
        return pos;
    }

    Judgements judgements() {
        return judgements;
    }
}
