package io.hsmlog.cli;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Engine;
import io.hsmlog.knowledge.load.KnowledgeException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code hsmlog spec}: turns a real log excerpt into a draft feature file whose expectations are today's
 * assessments, so that specs come from customers' logs. The draft is assessed as the features are: with the
 * built-in knowledge, and the guide's year for timestamps written without one.
 */
@Command(name = "spec", mixinStandardHelpOptions = true,
        description = {"Writes a draft Cucumber feature for a log excerpt to standard output: one scenario per "
                + "significant line, expecting what hsmlog assesses today.",
                "Review it against the guide, then keep it in features/specs/."})
final class SpecCommand implements Callable<Integer> {
    /** The year the features give timestamps without one (features' Engines); the draft must be assessed alike. */
    static final int GUIDE_YEAR = 2012;

    @Parameters(paramLabel = "FILE", description = "The log excerpt (gzip-compressed or not), or - for standard input.")
    String file;

    @Option(names = "--name", paramLabel = "NAME", description = "The feature's name; default: the file's name.")
    String name;

    @Option(names = "--all", description = "Also write scenarios for routine lines (priority info, no trap).")
    boolean all;

    @Override
    public Integer call() {
        byte[] content;
        try (InputStream in = Inputs.open(file).stream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            System.err.println("hsmlog: cannot read " + file + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        Engine engine;
        try {
            engine = Engine.builder().defaultYear(GUIDE_YEAR).threads(1).build();
        } catch (KnowledgeException e) {
            return Failures.knowledge(new PrintWriter(System.err, true), e);
        }
        List<byte[]> lines = lines(content);
        List<Assessment> assessments = new ArrayList<>(lines.size());
        try {
            engine.assess(new ByteArrayInputStream(content), assessments::add);
        } catch (IOException e) {
            System.err.println("hsmlog: cannot assess " + file + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        if (assessments.size() != lines.size()) {
            throw new IllegalStateException(lines.size() + " lines read but " + assessments.size() + " assessed");
        }
        String origin = file.equals("-") ? "standard input" : Path.of(file).getFileName().toString();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        new SpecDraft(name != null ? name : origin, file.equals("-") ? "-" : origin, all).write(out, lines, assessments);
        out.flush();
        return 0;
    }

    /** The lines as the engine's reader cuts them: at LF, a CR before it dropped, no line after a final LF. */
    static List<byte[]> lines(byte[] content) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            boolean end = i == content.length;
            if (!end && content[i] != '\n') continue;
            if (end && i == start) break;
            int stop = i > start && content[i - 1] == '\r' ? i - 1 : i;
            byte[] line = new byte[stop - start];
            System.arraycopy(content, start, line, 0, line.length);
            lines.add(line);
            start = i + 1;
        }
        return lines;
    }
}
