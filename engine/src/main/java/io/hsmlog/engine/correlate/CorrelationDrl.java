package io.hsmlog.engine.correlate;

import io.hsmlog.knowledge.correlation.Condition;
import io.hsmlog.knowledge.correlation.Correlation;
import io.hsmlog.knowledge.correlation.Selector;
import io.hsmlog.knowledge.correlation.Step;
import io.hsmlog.knowledge.correlation.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import static io.hsmlog.engine.rules.DrlText.list;
import static io.hsmlog.engine.rules.DrlText.str;

/**
 * Generates the Drools Fusion rules of the correlations. This is the only place correlation DRL is written; every
 * value from the knowledge reaches it through {@link io.hsmlog.engine.rules.DrlText}, windows are written from
 * their parsed numbers, and summaries and actions stay in Java.
 *
 * <p>How a correlation becomes rules (step lines are {@code $s1}, {@code $s2}...; all share the key):
 * <ul>
 * <li>a sequence: each step's line follows the one before, all within the window; each step's line is the latest
 * of its kind before the next step's (the next step's line comes before its {@link Successors successor}), and the
 * last is the first of its kind after the one before, so a repeated line makes one incident, not one per pair. A
 * step with a count gathers its lines since the step before.</li>
 * <li>an absence: the first line, and no line of the absent step within the window after it: Fusion delays the
 * {@code not} until the window has passed. A second rule reports a late arrival within the resolution's window,
 * once the absence was reported.</li>
 * <li>any order: two lines within the window of each other.</li>
 * </ul>
 * A rule marks the lines of each incident it reports as used by it, so no line makes two incidents of one rule.
 */
final class CorrelationDrl {
    private CorrelationDrl() {
    }

    /**
     * The rules of the correlations. Occurrences carry no {@code @expires}: each {@link Timeline} removes a line
     * once no correlation can use it, and an expiry of the engine's own would cost a timer for every line.
     */
    static String generate(List<Correlation> correlations, Successors successors) {
        StringBuilder d = new StringBuilder(16 * 1024);
        d.append("package io.hsmlog.correlations;\n\n")
                .append("dialect \"mvel\"\n\n")
                .append("import ").append(Occurrence.class.getName()).append(";\n")
                .append("global ").append(Hits.class.getName()).append(" hits;\n\n")
                .append("// successor( n ): the number of the line that succeeded a line in part n\n");
        for (String kind : successors.legend()) d.append("//   ").append(kind).append('\n');
        d.append('\n')
                .append("declare Occurrence\n")
                .append("    @role( event )\n")
                .append("    @timestamp( millis )\n")
                .append("end\n\n");
        for (Correlation c : correlations) {
            switch (c.shape()) {
                case SEQUENCE -> sequence(d, c, successors);
                case ABSENCE -> absence(d, c, successors);
                case ANY_ORDER -> anyOrder(d, c);
            }
        }
        return d.toString();
    }

    private static void sequence(StringBuilder d, Correlation c, Successors successors) {
        String rule = c.id();
        List<Step> steps = c.steps();
        int last = steps.size();
        Rule r = new Rule(rule);
        for (int i = 1; i <= last; i++) {
            Step s = steps.get(i - 1);
            List<String> when = new ArrayList<>();
            when.add(selection(s));
            when.addAll(i == 1 ? keyBindings(c, s) : keyConstraints(c, s));
            when.add("!usedBy( " + str(rule) + " )");
            if (i > 1) {
                String before = "$s" + (i - 1);
                when.add("seq > " + before + ".seq");
                when.add("seq < " + before + ".successor( " + successors.kind(c, i - 2) + " )");
                when.add("this after[ 0ms, " + c.window() + " ] $s1");
            }
            r.pattern("$s" + i, when);
        }
        if (last > 1) r.not(between(c, steps.get(last - 1), "$s" + (last - 1), "$s" + last));
        List<String> counted = new ArrayList<>();
        for (int i = 1; i <= last; i++) {
            Step s = steps.get(i - 1);
            if (s.count() == 1) {
                counted.add("null");
                continue;
            }
            List<String> when = keyed(c, s, "!usedBy( " + str(rule) + " )", "seq <= $s" + i + ".seq");
            if (i > 1) when.add("seq > $s" + (i - 1) + ".seq");
            when.add("this before[ 0ms, " + c.window() + " ] $s" + last);
            r.accumulate("$c" + i, when, "$c" + i + ".size() >= " + s.count());
            counted.add("$c" + i);
        }
        String collected = "null";
        if (c.collect() != null && last > 1) {
            r.accumulate("$collected", collected(c, "seq > $s1.seq", "seq < $s" + last + ".seq"), null);
            collected = "$collected";
        }
        r.then(found(rule, anchors(last), counted, collected));
        r.appendTo(d);
    }

    private static void absence(StringBuilder d, Correlation c, Successors successors) {
        String rule = c.id();
        Step first = c.steps().get(0);
        Step awaited = c.steps().get(1);
        Window w = c.window();

        Rule r = new Rule(rule);
        r.pattern("$s1", firstLine(c, first, "!usedBy( " + str(rule) + " )"));
        r.not(earlierStillWaiting(c, first, successors.kind(c, 0)));
        r.not(awaited(c, awaited, "this after[ 0ms, " + w + " ] $s1"));
        String collected = "null";
        if (c.collect() != null) {
            r.accumulate("$collected", collected(c, "seq > $s1.seq", "this after[ 0ms, " + w + " ] $s1"), null);
            collected = "$collected";
        }
        r.then(found(rule, anchors(1), List.of("null"), collected));
        r.appendTo(d);

        if (c.resolution() != null) {
            String resolved = rule + Correlation.RESOLVED;
            Rule res = new Rule(resolved);
            res.pattern("$s1", firstLine(c, first, "usedBy( " + str(rule) + " )", "!usedBy( " + str(resolved) + " )"));
            // The first such line resolves it and marks the first line used: later ones find nothing to resolve.
            res.pattern("$s2", awaited(c, awaited, "this after[ 0ms, " + c.resolution().within() + " ] $s1"));
            res.then(found(resolved, anchors(2), List.of("null", "null"), "null"));
            res.appendTo(d);
        }
    }

    /** The pattern of a correlation's first line: its selection, its key bound for later patterns, then guards. */
    private static List<String> firstLine(Correlation c, Step first, String... guards) {
        List<String> when = new ArrayList<>();
        when.add(selection(first));
        when.addAll(keyBindings(c, first));
        when.addAll(List.of(guards));
        return when;
    }

    private static void anyOrder(StringBuilder d, Correlation c) {
        String rule = c.id();
        Step first = c.steps().get(0);
        Step second = c.steps().get(1);
        Rule r = new Rule(rule);
        r.pattern("$s1", firstLine(c, first, "!usedBy( " + str(rule) + " )"));
        r.pattern("$s2", keyed(c, second, "!usedBy( " + str(rule) + " )", "this != $s1",
                "this coincides[ " + c.window() + " ] $s1"));
        r.then(found(rule, anchors(2), List.of("null", "null"), "null"));
        r.appendTo(d);
    }

    /**
     * An earlier first line within the window that was still waiting when this one came: the awaited line that
     * succeeds it, if any, came later. A repeat of the first line while one waits reports nothing new. (Written as
     * {@code not ( first and not awaited-between )}, the same condition costs a subnetwork that Drools cannot index.)
     */
    private static List<String> earlierStillWaiting(Correlation c, Step first, int kind) {
        return keyed(c, first, "seq < $s1.seq", "successor( " + kind + " ) > $s1.seq",
                "this before[ 0ms, " + c.window() + " ] $s1");
    }

    /** A line of {@code step} with the key, after {@code from} and before {@code to}. */
    private static List<String> between(Correlation c, Step step, String from, String to) {
        return keyed(c, step, "seq > " + from + ".seq", "seq < " + to + ".seq");
    }

    /** A line of the awaited step with the key, after the first line and within {@code window}. */
    private static List<String> awaited(Correlation c, Step awaited, String window) {
        return keyed(c, awaited, "seq > $s1.seq", window);
    }

    /** A line of {@code step} with the correlation's key, and the constraints given. */
    private static List<String> keyed(Correlation c, Step step, String... constraints) {
        List<String> when = new ArrayList<>();
        when.add(selection(step));
        when.addAll(keyConstraints(c, step));
        when.addAll(List.of(constraints));
        return when;
    }

    private static List<String> collected(Correlation c, String after, String until) {
        List<String> when = new ArrayList<>(tests(c.collect()));
        for (int i = 0; i < c.key().size(); i++) {
            if (!isHost(c, i)) when.add(sameKey(c.key().get(i), i));
        }
        when.add(after);
        when.add(until);
        return when;
    }

    /**
     * Binds the key from the first step's line; a line without some part of the key joins nothing. The host is
     * always the key's first part, and a session holds the lines of one host only ({@link Correlator}), so the
     * first line must have one and no join tests it: joins index on the parts that differ within the session.
     */
    private static List<String> keyBindings(Correlation c, Step s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.key().size(); i++) {
            String attribute = attribute(s.keyAttribute(c.key().get(i)));
            out.add(isHost(c, i) ? attribute + " != null" : "$k" + i + " : " + attribute + " != null");
        }
        return out;
    }

    private static List<String> keyConstraints(Correlation c, Step s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.key().size(); i++) {
            if (!isHost(c, i)) out.add(sameKey(s.keyAttribute(c.key().get(i)), i));
        }
        return out;
    }

    /** True when part {@code keyIndex} of the key is the host, which every session holds one of. */
    static boolean isHost(Correlation c, int keyIndex) {
        return keyIndex == 0 && c.key().get(0).equals("host");
    }

    /**
     * The join on part {@code i} of the key. On a property it is an equality Drools indexes; on another attribute,
     * a test, since to index it Drools would evaluate the lookup by name interpretively for every line inserted.
     */
    private static String sameKey(String attribute, int i) {
        return PROPERTIES.contains(attribute) ? attribute + " == $k" + i : "attrIs( " + str(attribute) + ", $k" + i + " )";
    }

    /** Attributes that are properties of an occurrence, which Drools can index joins on. */
    private static final java.util.Set<String> PROPERTIES = java.util.Set.of("host", "sensor", "client", "user", "pid");

    /** A property where the occurrence has one; other attributes are looked up by name. */
    private static String attribute(String name) {
        return PROPERTIES.contains(name) ? name : "attr( " + str(name) + " )";
    }

    /**
     * The step's selection as constraints. A single selector's tests are separate constraints, entry first, so that
     * Drools can hash the entry test and share it between rules; alternatives are one disjunction.
     */
    private static String selection(Step s) {
        if (s.anyOf().size() == 1) return String.join(", ", tests(s.anyOf().get(0)));
        StringJoiner any = new StringJoiner(" || ", "( ", " )");
        for (Selector sel : s.anyOf()) any.add("( " + selector(sel) + " )");
        return any.toString();
    }

    private static String selector(Selector s) {
        return String.join(" && ", tests(s));
    }

    private static List<String> tests(Selector s) {
        List<String> all = new ArrayList<>();
        if (s.entries().size() == 1) all.add("entry == " + str(s.entries().get(0)));
        else if (!s.entries().isEmpty()) all.add("entry in " + list(s.entries()));
        if (s.source() != null) all.add("source == " + str(s.source()));
        if (Boolean.TRUE.equals(s.trap())) all.add("trap == true");
        if (s.component() != null) all.add("component == " + str(s.component()));
        if (s.minPriority() != null) all.add("urgentAtLeast( " + str(s.minPriority().key()) + " )");
        for (Condition c : s.conditions()) all.add(condition(c));
        return all;
    }

    private static String condition(Condition c) {
        String name = str(c.attribute());
        return switch (c.op()) {
            case EQUALS -> c.values().size() == 1
                    ? "attr( " + name + " ) == " + str(c.values().get(0))
                    : "attr( " + name + " ) in " + list(c.values());
            case STARTS_WITH -> "startsWith( " + name + ", " + str(c.values().get(0)) + " )";
            case MENTIONS -> "mentions( " + name + ", " + str(c.values().get(0)) + " )";
            case AT_MOST -> "atMost( " + name + ", " + str(c.number().toPlainString()) + " )";
            case AT_LEAST -> "atLeast( " + name + ", " + str(c.number().toPlainString()) + " )";
        };
    }

    /** MVEL inline lists: the dialect compiles in a fraction of the time Java's does, but has no array literals. */
    private static String anchors(int n) {
        StringJoiner j = new StringJoiner(", ", "[ ", " ]");
        for (int i = 1; i <= n; i++) j.add("$s" + i);
        return j.toString();
    }

    private static String found(String rule, String anchors, List<String> counted, String collected) {
        return "hits.found( kcontext, " + str(rule) + ", " + anchors + ", [ " + String.join(", ", counted) + " ], "
                + collected + " );";
    }

    /** One rule being written: patterns, then negations, then accumulations, in the order added. */
    private static final class Rule {
        private final String name;
        private final StringBuilder when = new StringBuilder();
        private String then;

        Rule(String name) {
            this.name = name;
        }

        void pattern(String binding, List<String> constraints) {
            when.append("    ").append(binding).append(" : ").append(occurrence(constraints)).append('\n');
        }

        void not(List<String> constraints) {
            when.append("    not ").append(occurrence(constraints)).append('\n');
        }

        /**
         * An occurrence pattern. Its marks are the one thing about an occurrence that changes: patterns that test
         * them watch the marks, and the others watch nothing, so marking a line does not evaluate them again.
         */
        private static String occurrence(List<String> constraints) {
            String pattern = "Occurrence( " + String.join(", ", constraints) + " )";
            boolean readsMarks = constraints.stream().anyMatch(c -> c.contains("usedBy("));
            return pattern + (readsMarks ? " @watch( usedRules )" : " @watch( !* )");
        }

        /** {@code accumulate} collecting the matching lines as {@code binding}, optionally constrained. */
        void accumulate(String binding, List<String> constraints, String test) {
            String item = binding.replace("$", "$o_");
            when.append("    accumulate( ").append(item).append(" : ").append(occurrence(constraints)).append(";\n")
                    .append("                ").append(binding).append(" : collectList( ").append(item).append(" )")
                    .append(test == null ? "" : "; " + test).append(" )\n");
        }

        void then(String consequence) {
            this.then = consequence;
        }

        void appendTo(StringBuilder d) {
            d.append("rule ").append(str(name)).append('\n')
                    .append("when\n").append(when)
                    .append("then\n")
                    .append("    ").append(then).append('\n')
                    .append("end\n\n");
        }
    }
}
