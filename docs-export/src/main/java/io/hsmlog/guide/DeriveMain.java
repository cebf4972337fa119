package io.hsmlog.guide;

import io.hsmlog.guide.derive.DraftDeriver;
import io.hsmlog.guide.derive.DraftFile;
import io.hsmlog.guide.derive.SideFiles;
import io.hsmlog.guide.derive.YamlDraftWriter;
import io.hsmlog.guide.read.Guide;
import io.hsmlog.guide.read.GuideReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the guide and writes draft knowledge: {@code <out>/<component>.yaml} per component, and
 * {@code excluded.txt}, {@code trap-examples.tsv}, {@code snmp-walk.tsv}, {@code counts.tsv}.
 *
 * <pre>java io.hsmlog.guide.DeriveMain --guide GUIDE.txt --out DIR</pre>
 */
public final class DeriveMain {

    private DeriveMain() {
    }

    public static void main(String[] args) throws IOException {
        Path guidePath = Path.of(Args.required(args, "--guide"));
        Path out = Path.of(Args.required(args, "--out"));
        Guide guide = GuideReader.read(guidePath);
        Files.createDirectories(out);
        List<DraftFile> files = new DraftDeriver(guide).derive();
        int entries = 0;
        for (DraftFile f : files) {
            write(out.resolve(f.component() + ".yaml"), YamlDraftWriter.write(f));
            System.out.printf("%-14s %4d entries%n", f.component() + ".yaml", f.entries().size());
            entries += f.entries().size();
        }
        write(out.resolve("excluded.txt"), SideFiles.judgements(guide));
        write(out.resolve("trap-examples.tsv"), SideFiles.trapExamples(guide));
        write(out.resolve("snmp-walk.tsv"), SideFiles.walkExamples(guide));
        String counts = SideFiles.counts(guide);
        write(out.resolve("counts.tsv"), counts);
        System.out.printf("%d draft entries in %d files under %s%n%n%s", entries, files.size(), out, counts);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
