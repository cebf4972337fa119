package io.hsmlog.cli;

import io.hsmlog.engine.Engine;
import io.hsmlog.knowledge.load.KnowledgeException;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options every command that builds an engine shares. */
final class KnowledgeOptions {
    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "A directory of YAML entries that add to and override the built-in knowledge (repeatable).")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--no-builtin", description = "Use only the --knowledge directories, not the built-in knowledge.")
    boolean noBuiltIn;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "The year of timestamps written without one (\"Feb 29 12:05:01\"); default: this year.")
    Integer year;

    @Option(names = "--threads", paramLabel = "N", description = "Threads to assess with; default: one per core.")
    Integer threads;

    @Option(names = "--appliance", paramLabel = "HOST=IP",
            description = "An appliance's IP address, for the trap log reference (repeatable).")
    java.util.Map<String, String> appliances = new java.util.LinkedHashMap<>();

    /** The engine, or null after telling standard error, file by file and line by line, why the knowledge is invalid. */
    Engine buildOrReport() {
        try {
            return build();
        } catch (KnowledgeException e) {
            Failures.knowledge(new java.io.PrintWriter(System.err, true), e);
            return null;
        }
    }

    Engine build() throws KnowledgeException {
        Engine.Builder b = Engine.builder().builtInKnowledge(!noBuiltIn);
        for (Path d : dirs) b.knowledge(d);
        if (year != null) b.defaultYear(year);
        if (threads != null) b.threads(threads);
        appliances.forEach(b::applianceAddress);
        return b.build();
    }
}
