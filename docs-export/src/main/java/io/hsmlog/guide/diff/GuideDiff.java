package io.hsmlog.guide.diff;

import io.hsmlog.guide.derive.DraftDeriver;
import io.hsmlog.guide.read.ExampleKind;
import io.hsmlog.guide.read.Guide;
import io.hsmlog.guide.read.GuideExample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares the guide with the curated knowledge by example line, so that a revised guide can be
 * re-derived and the changes found: documented messages no entry quotes yet, and quoted lines the
 * guide no longer prints. Lines compare with runs of blanks squeezed (syslog and snmptrap squeeze
 * them too), and a line with {@code <a | b>} alternatives matches any of its expansions.
 */
public final class GuideDiff {

    /**
     * @param unquoted   documented messages (those the drafts are made from) no curated entry quotes
     * @param notInGuide curated examples that are no example of the guide's, of any kind
     */
    public record Report(List<GuideExample> unquoted, List<CuratedExample> notInGuide, int guideMessages,
                         int curatedExamples) {

        public boolean clean() {
            return unquoted.isEmpty() && notInGuide.isEmpty();
        }
    }

    private GuideDiff() {
    }

    public static Report compare(Guide guide, List<CuratedExample> curated) {
        Set<String> quoted = new HashSet<>();
        curated.forEach(c -> quoted.add(squeeze(c.text())));
        List<GuideExample> messages = new DraftDeriver(guide).messages().values().stream()
                .flatMap(List::stream).toList();
        List<GuideExample> unquoted = new ArrayList<>();
        for (GuideExample e : messages) {
            if (!quoted.contains(squeeze(e.text())) && e.instances().stream().map(GuideDiff::squeeze)
                    .noneMatch(quoted::contains)) {
                unquoted.add(e);
            }
        }
        Set<String> printed = new HashSet<>();
        for (GuideExample e : guide.examples()) {
            printed.add(squeeze(e.text()));
            e.instances().forEach(i -> printed.add(squeeze(i)));
            if (e.kind() == ExampleKind.SNMP_WALK) {
                printed.add(squeeze(e.printed()));
            }
        }
        List<CuratedExample> notInGuide = curated.stream().filter(c -> !printed.contains(squeeze(c.text()))).toList();
        return new Report(unquoted, notInGuide, messages.size(), curated.size());
    }

    static String squeeze(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }
}
