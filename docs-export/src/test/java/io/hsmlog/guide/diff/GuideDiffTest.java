package io.hsmlog.guide.diff;

import io.hsmlog.guide.derive.DraftDeriver;
import io.hsmlog.guide.derive.DraftFile;
import io.hsmlog.guide.read.TestGuide;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuideDiffTest {

    private static List<CuratedExample> draftsAsCurated() {
        List<CuratedExample> out = new ArrayList<>();
        for (DraftFile f : new DraftDeriver(TestGuide.guide()).derive()) {
            f.entries().forEach(e -> e.examples().forEach(x -> out.add(new CuratedExample(Path.of(f.component() + ".yaml"), e.id(), x))));
        }
        return out;
    }

    @Test
    void theDraftsQuoteEveryMessage() {
        GuideDiff.Report report = GuideDiff.compare(TestGuide.guide(), draftsAsCurated());
        assertTrue(report.clean(), report.toString());
        assertEquals(750, report.guideMessages());
    }

    @Test
    void reportsAMissingAndAStrayExample() {
        List<CuratedExample> curated = draftsAsCurated();
        CuratedExample dropped = curated.stream().filter(c -> c.id().equals("ipmi.sel-buffer-overflow")).findFirst()
                .orElseThrow();
        curated.remove(dropped);
        curated.add(new CuratedExample(Path.of("ipmi.yaml"), "ipmi.extra", "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: not in the guide"));
        GuideDiff.Report report = GuideDiff.compare(TestGuide.guide(), curated);
        assertEquals(1, report.unquoted().size());
        assertEquals(dropped.text(), report.unquoted().get(0).text());
        assertEquals(List.of("ipmi.extra"), report.notInGuide().stream().map(CuratedExample::id).toList());
    }

    @Test
    void expandedAlternativesAndSqueezedBlanksCount() {
        List<CuratedExample> curated = draftsAsCurated();
        curated.add(new CuratedExample(Path.of("privileged.yaml"), "privileged.groupadd",
                "2012 Feb 29 12:05:01 myLuna authpriv authpriv info groupadd[2558]: new group: name=mysql, GID=500"));
        curated.add(new CuratedExample(Path.of("ssh.yaml"), "ssh.expected",
                "2012 Feb 29 12:05:01 myLuna authpriv info sshd[1234]: Received SIGHUP; restarting."));
        assertTrue(GuideDiff.compare(TestGuide.guide(), curated).notInGuide().isEmpty());
    }
}
