package io.hsmlog.cli;

import io.hsmlog.cli.output.AssessmentWriter;
import io.hsmlog.cli.output.JsonWriter;
import io.hsmlog.cli.output.TextWriter;
import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Engine;
import io.hsmlog.engine.Finding;
import io.hsmlog.knowledge.Priority;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/** {@code hsmlog assess}: interprets every line of the given logs. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assesses each line of syslog, lunalog, SNMP walk output or snmptrapd logs.",
                "Reads files (gzip-compressed or not) or standard input (-); lines are numbered per input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:assessed", "1:something at or above --fail-on was found",
                "2:usage error, unreadable input or invalid knowledge"})
final class AssessCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(paramLabel = "FILE", description = "Log files to read, or - for standard input (the default).")
    List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json (one object per line).")
    Format format = Format.text;

    @Option(names = "--fail-on", paramLabel = "PRIORITY",
            description = "Exit 1 when any message is at or above this priority: critical, high, medium, low, info.")
    String failOn;

    @Option(names = "--details", paramLabel = "PRIORITY",
            description = "In text format, show meaning and action from this priority up (default: medium).")
    String details = "medium";

    @Option(names = "--no-correlate", description = "Do not join lines into incidents over time.")
    boolean noCorrelate;

    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Override
    public Integer call() {
        Priority threshold;
        Priority detailFrom;
        try {
            threshold = failOn == null ? null : Priority.fromKey(failOn.toLowerCase(Locale.ROOT));
            detailFrom = Priority.fromKey(details.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("hsmlog: " + e.getMessage() + " (expected critical, high, medium, low or info)");
            return Main.EXIT_USAGE;
        }
        Engine engine = knowledge.buildOrReport();
        if (engine == null) return Main.EXIT_USAGE;
        if (files.isEmpty()) files.add("-");
        OutputStream raw = new BufferedOutputStream(System.out, 1 << 16);
        PrintStream out = new PrintStream(raw, false, StandardCharsets.UTF_8);
        boolean unreadable = false;
        boolean[] found = {false};
        try (AssessmentWriter writer = format == Format.json ? new JsonWriter(out)
                : new TextWriter(out, Terminal.stdout(), detailFrom)) {
            for (String name : files) {
                Inputs.Opened in;
                try {
                    in = Inputs.open(name);
                } catch (IOException e) {
                    System.err.println("hsmlog: cannot read " + name + ": " + reason(e));
                    unreadable = true;
                    continue;
                }
                if (format == Format.text && files.size() > 1) out.println("==> " + name + " <==");
                try (Progress progress = new Progress(System.err, in, name, Terminal.stderr()); var stream = in.stream()) {
                    Consumer<Finding> onIncident = f -> {
                        if (threshold != null && f.priority().atLeast(threshold)) found[0] = true;
                        try {
                            writer.write(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    };
                    Consumer<Encoded> onLine = x -> {
                        progress.line();
                        if (threshold != null && x.assessment().atLeast(threshold)) found[0] = true;
                        try {
                            writer.write(x.assessment(), x.bytes());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    };
                    // Output is encoded, and lines correlated, on the engine's worker threads; writing follows
                    // input order, each incident right after the line that completed it.
                    Function<Assessment, Encoded> encode = a -> new Encoded(a, writer.encode(a));
                    if (noCorrelate) {
                        engine.assess(stream, encode, onLine);
                    } else {
                        engine.assessAndCorrelate(stream, encode, (x, incidents) -> {
                            onLine.accept(x);
                            incidents.forEach(onIncident);
                        }, onIncident);
                    }
                } catch (IOException | UncheckedIOException e) {
                    System.err.println("hsmlog: error reading " + name + ": " + reason(e));
                    unreadable = true;
                }
            }
        } catch (IOException e) {
            System.err.println("hsmlog: cannot write the output: " + reason(e));
            return Main.EXIT_USAGE;
        }
        out.flush();
        if (unreadable) return Main.EXIT_USAGE;
        return found[0] ? Main.EXIT_FINDINGS : 0;
    }

    private record Encoded(Assessment assessment, byte[] bytes) {
    }

    private static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (t instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
