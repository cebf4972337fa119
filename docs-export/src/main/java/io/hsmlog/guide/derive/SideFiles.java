package io.hsmlog.guide.derive;

import io.hsmlog.guide.read.ExampleKind;
import io.hsmlog.guide.read.Guide;
import io.hsmlog.guide.read.GuideExample;
import io.hsmlog.guide.read.LineJudgement;

import java.util.Map;
import java.util.TreeMap;

/** The drafts' companions: judged lines, Chapter 6 trap examples, SNMP walk lines and counts. */
public final class SideFiles {

    private SideFiles() {
    }

    /** Lines judged not to be messages, then lines read with a remark. */
    public static String judgements(Guide guide) {
        StringBuilder s = new StringBuilder();
        s.append("# Guide lines judged not to be real messages (EXCLUDED), then lines read with a judgement (KEPT).\n");
        s.append("# line\tverdict\treason\ttext\n");
        for (LineJudgement.Verdict v : LineJudgement.Verdict.values()) {
            for (LineJudgement j : guide.judgements()) {
                if (j.verdict() == v) {
                    s.append(j.line()).append('\t').append(v).append('\t').append(j.reason()).append('\t')
                            .append(j.text()).append('\n');
                }
            }
        }
        return s.toString();
    }

    /** Chapter 6: each example's log line, the notification it causes and whether it asserts. */
    public static String trapExamples(Guide guide) {
        StringBuilder s = new StringBuilder("line\tlog_line\tnotification\tassert\tassert_source\tkind\n");
        for (GuideExample e : guide.examples()) {
            if (e.chapter() == 6 && e.trap() != null) {
                s.append(e.line()).append('\t').append(e.text()).append('\t').append(e.trap().notification())
                        .append('\t').append(e.trap().asserted()).append('\t').append(e.trap().source())
                        .append('\t').append(e.kind()).append('\n');
            }
        }
        return s.toString();
    }

    public static String walkExamples(Guide guide) {
        StringBuilder s = new StringBuilder("line\ttext\n");
        guide.examples(ExampleKind.SNMP_WALK).forEach(e -> s.append(e.line()).append('\t').append(e.text()).append('\n'));
        return s.toString();
    }

    /** Examples per component and group, by kind, and the total. */
    public static String counts(Guide guide) {
        Map<String, Map<String, Integer>> table = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        for (GuideExample e : guide.examples()) {
            String component = e.component() == null ? "(none)" : e.component();
            String group = e.group() == null ? "(none)" : e.group();
            table.computeIfAbsent(component, c -> new TreeMap<>()).merge(group, 1, Integer::sum);
            kinds.merge(e.kind().name(), 1, Integer::sum);
        }
        StringBuilder s = new StringBuilder("component\tgroup\texamples\n");
        table.forEach((c, groups) -> groups.forEach((g, n) -> s.append(c).append('\t').append(g).append('\t')
                .append(n).append('\n')));
        Map<String, Integer> byGroup = new TreeMap<>();
        guide.examples().forEach(e -> byGroup.merge(e.group() == null ? "(none)" : e.group(), 1, Integer::sum));
        s.append("\ngroup\texamples\n");
        byGroup.forEach((g, n) -> s.append(g).append('\t').append(n).append('\n'));
        s.append("\nkind\texamples\n");
        kinds.forEach((k, n) -> s.append(k).append('\t').append(n).append('\n'));
        s.append("\ntotal\t").append(guide.examples().size()).append('\n');
        s.append("excluded lines\t").append(guide.excluded().size()).append('\n');
        return s.toString();
    }
}
