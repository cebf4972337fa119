package io.hsmlog.guide.read;

import java.util.List;

/**
 * The guide as read: its structure, its prose, and the examples it quotes.
 *
 * @param judgements lines the reader did not take plainly: lines judged not to be messages (EXCLUDED)
 *                   and lines read with a remark (KEPT)
 */
public record Guide(List<Chapter> chapters, List<Section> sections, List<Heading> headings,
                    List<Paragraph> paragraphs, List<Footnote> footnotes, List<ComponentTable> tables,
                    List<GuideExample> examples, List<LineJudgement> judgements) {

    public List<GuideExample> examples(ExampleKind kind) {
        return examples.stream().filter(e -> e.kind() == kind).toList();
    }

    public List<GuideExample> examplesOf(String component) {
        return examples.stream().filter(e -> component.equals(e.component())).toList();
    }

    public List<ComponentTable> tablesOf(String section) {
        return tables.stream().filter(t -> section.equals(t.section())).toList();
    }

    public List<LineJudgement> excluded() {
        return judgements.stream().filter(j -> j.verdict() == LineJudgement.Verdict.EXCLUDED).toList();
    }
}
