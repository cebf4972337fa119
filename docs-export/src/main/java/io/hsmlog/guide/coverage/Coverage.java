package io.hsmlog.guide.coverage;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Engine;
import io.hsmlog.engine.parse.LogReference;
import io.hsmlog.guide.read.ExampleKind;
import io.hsmlog.guide.read.Guide;
import io.hsmlog.guide.read.GuideExample;
import io.hsmlog.guide.read.TrapExpectation;
import io.hsmlog.knowledge.Entry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads every example line of the guide with the engine and says, line by line, whether the engine interprets it
 * as the guide does: the one entry that describes it, with the guide's component and group; for Chapter 6 test
 * events, the guide's trap and assert flag; for received traps, the notification and the reference's flag.
 */
public final class Coverage {
    private final List<ExampleResult> results;
    private final Engine engine;

    private Coverage(List<ExampleResult> results, Engine engine) {
        this.results = results;
        this.engine = engine;
    }

    public static Coverage of(Guide guide, Engine engine) {
        List<ExampleResult> results = new ArrayList<>();
        for (GuideExample x : guide.examples()) {
            for (String instance : x.instances()) results.add(read(x, instance, engine));
        }
        return new Coverage(results, engine);
    }

    private static ExampleResult read(GuideExample x, String line, Engine engine) {
        Assessment a = engine.assess(line);
        List<String> matching = engine.entriesMatching(line);
        List<String> problems = new ArrayList<>();
        if (a.event().garbage() != null) problems.add("read as garbage: " + a.event().garbage());
        if (matching.isEmpty()) problems.add("no entry describes it (message '" + a.event().message() + "')");
        if (matching.size() > 1) problems.add("several entries describe it: " + matching);
        if (x.component() != null && !x.component().equals(a.component())) {
            problems.add("component " + a.component() + ", the guide says " + x.component());
        }
        if (x.group() != null && !x.group().equals(a.group().key())) {
            problems.add("group " + a.group().key() + ", the guide says " + x.group());
        }
        if (a.meaning() == null || a.meaning().isBlank() || a.action() == null || a.action().isBlank()) {
            problems.add("no meaning or action");
        }
        TrapExpectation t = x.trap();
        if (x.kind() == ExampleKind.TEST_EVENT) {
            if (!a.test()) problems.add("not read as a test event");
            if (t != null) {
                if (a.trap() == null) {
                    problems.add("no trap; the guide says " + t.notification());
                } else if (!a.trap().notification().equals(t.notification()) || a.trap().assertion() != t.asserted()) {
                    problems.add("trap " + a.trap().notification() + (a.trap().assertion() ? " assert" : " de-assert")
                            + ", the guide says " + t.notification() + (t.asserted() ? " assert" : " de-assert"));
                }
            }
        }
        if (x.kind() == ExampleKind.SNMP_TRAP && t != null) {
            LogReference ref = a.event().logReference();
            if (!t.notification().equals(a.event().notification())) {
                problems.add("notification " + a.event().notification() + ", the guide says " + t.notification());
            }
            if (ref == null || ref.assertion() == null || ref.assertion() != t.asserted()) {
                problems.add("log reference " + ref + ", the guide's flag is " + (t.asserted() ? 1 : 0));
            }
        }
        return new ExampleResult(x, line, matching, a, List.copyOf(problems));
    }

    public List<ExampleResult> results() {
        return results;
    }

    /** Guide example lines (before expanding alternations). */
    public long extracted() {
        return results.stream().map(ExampleResult::example).distinct().count();
    }

    /** Guide example lines every instance of which the engine reads as the guide says. */
    public long resolved() {
        Set<GuideExample> bad = new LinkedHashSet<>();
        for (ExampleResult r : results) if (!r.resolved()) bad.add(r.example());
        return extracted() - bad.size();
    }

    /** Entries whose meaning contains the guide's paragraph about one of their examples, word for word. */
    public long entriesWithVerbatimMeaning() {
        Set<String> verbatim = new LinkedHashSet<>();
        for (ExampleResult r : results) {
            String id = r.assessment().entry();
            String guide = r.example().meaning();
            if (id == null || guide == null) continue;
            Entry e = engine.knowledge().entry(id);
            if (normal(e.meaning()).contains(normal(guide))) verbatim.add(id);
        }
        return verbatim.size();
    }

    /** Per component: guide lines, and lines read as the guide says. */
    public Map<String, long[]> byComponent() {
        Map<String, long[]> table = new TreeMap<>();
        Map<GuideExample, Boolean> ok = new java.util.LinkedHashMap<>();
        for (ExampleResult r : results) ok.merge(r.example(), r.resolved(), Boolean::logicalAnd);
        ok.forEach((x, good) -> {
            long[] row = table.computeIfAbsent(x.component() == null ? "(none)" : x.component(), k -> new long[2]);
            row[0]++;
            if (good) row[1]++;
        });
        return table;
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
