package io.hsmlog.cli;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Engine;
import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.knowledge.Entry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code hsmlog explain}: how one line was read and judged. It shows what the same engine that assesses files
 * decided, with the rules that fired; there is no separate code path for explaining.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explains one line: how it was parsed, the entry that describes it, the rules that fired and why.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "LINE", description = "The log line, SNMP walk line or trap line, quoted.")
    String line;

    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Override
    public Integer call() {
        Engine engine = knowledge.buildOrReport();
        if (engine == null) return Main.EXIT_USAGE;
        Assessment a = engine.assess(line);
        print(System.out, a, a.entry() == null ? null : engine.knowledge().entry(a.entry()));
        return 0;
    }

    static void print(PrintStream out, Assessment a, Entry entry) {
        LogEvent e = a.event();
        out.println("Parsed as " + a.source() + (e.garbage() != null ? " (not a log line: " + e.garbage() + ")" : ""));
        row(out, "timestamp", a.timestamp() == null ? null : a.timestamp() + (e.yearKnown() ? "" : " (year assumed)"));
        row(out, "host", e.host());
        row(out, "facility", e.facility());
        row(out, "severity", e.severity());
        row(out, "process", e.process() == null ? null : e.process() + (e.pid() == null ? "" : "[" + e.pid() + "]"));
        if (e.lunaSeverity() != null) row(out, "lunalog", "severity " + e.lunaSeverity() + ", code " + e.lunaCode());
        if (e.test()) row(out, "test event", "yes (***TEST designator)");
        row(out, "message", e.message());
        out.println();
        if (entry == null) {
            out.println("No entry describes this message; the guide's generic rules judged it.");
        } else {
            out.println("Entry " + entry.id() + ": " + entry.title());
            row(out, "source", entry.source());
            row(out, "pattern", entry.compiled().source());
            row(out, "defined at", entry.origin().toString());
        }
        if (!a.fields().isEmpty()) {
            out.println("Fields:");
            for (Map.Entry<String, String> f : a.fields().entrySet()) row(out, f.getKey(), f.getValue());
        }
        out.println();
        row(out, "group", a.group().key());
        row(out, "priority", a.priority().key());
        row(out, "meaning", a.meaning());
        row(out, "action", a.action());
        if (a.trap() != null) {
            row(out, "trap", a.trap().notification() + (a.trap().assertion() ? " (assert)" : " (de-assert)"));
            row(out, "log reference", a.trap().logReference());
        } else {
            row(out, "trap", "none: no trap rule of the trap agent applies");
        }
        out.println("Rules fired, in order:");
        for (String r : a.rulesFired()) out.println("  - " + r);
    }

    private static void row(PrintStream out, String name, String value) {
        if (value == null) return;
        out.printf("  %-14s %s%n", name, TextSafe.of(value));
    }
}
