package io.hsmlog.knowledge.correlation;

import io.hsmlog.knowledge.Component;
import io.hsmlog.knowledge.Priority;
import io.hsmlog.knowledge.validate.Problem;
import io.hsmlog.knowledge.yaml.SafeYaml;
import io.hsmlog.knowledge.yaml.YamlMap;
import org.yaml.snakeyaml.nodes.Node;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a correlations file ({@code correlations/<topic>.yaml}) as the knowledge README describes it. Problems
 * are reported with their file and line, and reading goes on, so one pass finds them all; a correlation with a
 * problem is left out. Whether the entries and fields it names exist is {@link CorrelationCheck}'s business.
 */
public final class CorrelationReader {
    static final List<String> FILE_REQUIRED = List.of("correlations");
    static final List<String> FILE_OPTIONAL = List.of("source", "notes");
    static final List<String> REQUIRED = List.of("id", "title", "description", "source", "steps", "finding");
    static final List<String> OPTIONAL = List.of(
            "key", "window", "order", "collect", "derive", "resolution", "notes");
    static final List<String> SELECTOR_KEYS = List.of(
            "entry", "source", "trap", "component", "min_priority", "when", "starts_with", "mentions", "at_most", "at_least");
    static final List<String> STEP_ONLY_KEYS = List.of("name", "any", "count", "absent", "key");
    static final List<String> FINDING_REQUIRED = List.of("summary", "action");
    static final List<String> FINDING_OPTIONAL = List.of("priority", "priority_from", "escalate");
    static final List<String> RESOLUTION_KEYS = List.of("within", "priority", "summary", "action");
    static final List<String> ESCALATION_KEYS = List.of("priority", "when", "starts_with", "mentions", "at_most", "at_least");
    static final List<String> SOURCES = List.of("syslog", "snmp-trap", "snmp-walk", "unknown");
    static final List<String> COMPONENTS = Arrays.stream(Component.values()).map(Component::key).toList();
    static final List<String> ORDERS = List.of("sequence", "any");

    static final Pattern ID = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    static final Pattern ATTRIBUTE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)?");

    private final List<Problem> problems;

    public CorrelationReader(List<Problem> problems) {
        this.problems = problems;
    }

    /** The correlations of one file, read from {@code in} (closed here) and reported under {@code name}. */
    public List<Correlation> read(String name, InputStream in) {
        Node root = SafeYaml.read(name, in, problems);
        if (root == null) return List.of();
        YamlMap file = YamlMap.of(name, root, "the file", "", problems);
        if (file == null) return List.of();
        file.checkKeys(FILE_REQUIRED, FILE_OPTIONAL);
        List<Correlation> out = new ArrayList<>();
        int index = 0;
        for (YamlMap raw : file.maps("correlations")) {
            Correlation c = correlation(raw, ++index);
            if (c != null) out.add(c);
        }
        return out;
    }

    private Correlation correlation(YamlMap raw, int index) {
        String id = raw.text("id");
        String context = id == null || id.isBlank() ? "correlation #" + index : "correlation '" + id + "'";
        YamlMap m = raw.withContext(context);
        int before = problems.size();
        m.checkKeys(REQUIRED, OPTIONAL);
        if (id != null && !ID.matcher(id).matches()) {
            m.report("id", "id must be lower-case words, digits and '-', in dot-separated parts such as"
                    + " 'fan.stopped-then-recovered', not '" + id + "'");
        } else if (id != null && id.endsWith(Correlation.RESOLVED)) {
            m.report("id", "an id cannot end in '" + Correlation.RESOLVED + "': resolutions are reported under such names");
        }
        String title = prose(m, "title");
        String description = prose(m, "description");
        String source = prose(m, "source");
        List<String> key = key(m);
        boolean anyOrder = "any".equals(m.has("order") ? m.choice("order", ORDERS, o -> o) : "sequence");
        List<Step> steps = steps(m, key, context);
        Window window = m.has("window") ? window(m, "window") : null;
        Selector collect = m.has("collect") ? collect(m, context) : null;
        List<Derivation> derive = derive(m);
        Outcome finding = outcome(m.map("finding"), context);
        Resolution resolution = m.has("resolution") ? resolution(m.map("resolution"), context) : null;
        if (problems.size() > before || steps.isEmpty()) return null;

        Correlation c = new Correlation(id, title, description, source, key, window, anyOrder, steps, collect, derive,
                finding, resolution, prose(m, "notes"), m.origin());
        checkShape(m, c, context);
        return problems.size() > before ? null : c;
    }

    /** The key names, host first: lines of different hosts are never joined. */
    private List<String> key(YamlMap m) {
        List<String> names = new ArrayList<>();
        names.add("host");
        for (String k : m.texts("key")) {
            if (!ATTRIBUTE.matcher(k).matches()) {
                m.report("key", "key '" + k + "' is not a field or attribute name");
            } else if (!names.contains(k)) {
                names.add(k);
            }
        }
        return names;
    }

    private List<Step> steps(YamlMap m, List<String> key, String context) {
        List<Step> steps = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int index = 0;
        for (YamlMap raw : m.maps("steps")) {
            index++;
            String name = raw.text("name");
            String stepContext = context + ", " + (name == null ? "step #" + index : "step '" + name + "'");
            YamlMap s = raw.withContext(stepContext);
            List<String> known = new ArrayList<>(STEP_ONLY_KEYS);
            known.addAll(SELECTOR_KEYS);
            s.checkKeys(List.of("name"), known);
            if (name == null) continue;
            if (!NAME.matcher(name).matches() || Attributes.OF_EVERY_INCIDENT.contains(name) || key.contains(name)) {
                s.report("name", "a step name is a lower-case word such as 'stopped' that is not a key or one of "
                        + String.join(", ", Attributes.OF_EVERY_INCIDENT) + ", not '" + name + "'");
            } else if (!names.add(name)) {
                s.report("name", "another step is already named '" + name + "'");
            }
            List<Selector> anyOf = new ArrayList<>();
            if (s.has("any")) {
                for (String k : SELECTOR_KEYS) {
                    if (s.has(k)) s.report(k, "give either 'any' or the step's own '" + k + "', not both");
                }
                int alt = 0;
                for (YamlMap a : s.maps("any")) {
                    YamlMap alternative = a.withContext(stepContext + ", alternative " + ++alt);
                    alternative.checkKeys(List.of(), SELECTOR_KEYS);
                    Selector sel = selector(alternative);
                    if (sel != null) anyOf.add(sel);
                }
                if (alt == 0) s.report("any", "'any' lists no alternatives");
            } else {
                Selector sel = selector(s);
                if (sel != null) anyOf.add(sel);
            }
            int count = count(s);
            Boolean absent = s.has("absent") ? s.bool("absent") : Boolean.FALSE;
            Map<String, String> keyFrom = keyFrom(s, key);
            steps.add(new Step(name, anyOf, count, Boolean.TRUE.equals(absent), keyFrom, s.origin()));
        }
        if (index == 0) m.report("steps", "a correlation needs at least one step");
        return steps;
    }

    private int count(YamlMap s) {
        if (!s.has("count")) return 1;
        String v = s.text("count");
        if (v != null && v.matches("[1-9][0-9]{0,3}")) return Integer.parseInt(v);
        s.report("count", "'count' must be a whole number from 1 to 9999, not '" + v + "'");
        return 1;
    }

    /** {@code key: {time: ref.time}}: where this step's lines carry some of the key. */
    private Map<String, String> keyFrom(YamlMap s, List<String> key) {
        if (!s.has("key")) return Map.of();
        YamlMap k = s.map("key");
        if (k == null) return Map.of();
        k.checkKeys(List.of(), key);
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : k.keys()) {
            String attribute = k.text(name);
            if (name.equals("host")) {
                // Each appliance's lines are joined apart, in its own time: a line belongs to the host it names.
                k.report(name, "the host cannot be read from another attribute: lines are joined with the lines of "
                        + "the host that logged them");
            } else if (attribute == null || !ATTRIBUTE.matcher(attribute).matches()) {
                k.report(name, "'" + name + "' must name the attribute that holds it, such as ref.time");
            } else {
                out.put(name, attribute);
            }
        }
        return out;
    }

    private Selector collect(YamlMap m, String context) {
        YamlMap c = m.map("collect");
        if (c == null) return null;
        YamlMap collect = c.withContext(context + ", collect");
        collect.checkKeys(List.of(), SELECTOR_KEYS);
        return selector(collect);
    }

    /** A selector from the selector keys of {@code m}; null when it is unusable (reported). */
    private Selector selector(YamlMap m) {
        List<String> entries = m.texts("entry");
        String source = m.has("source") ? m.choice("source", SOURCES, s -> s) : null;
        Boolean trap = m.has("trap") ? m.bool("trap") : null;
        String component = m.has("component") ? m.choice("component", COMPONENTS, c -> c) : null;
        Priority minPriority = m.has("min_priority")
                ? m.choice("min_priority", List.of(Priority.values()), Priority::key) : null;
        if (entries.isEmpty() && source == null && trap == null && component == null) {
            m.report("say which lines: give 'entry' (an entry id or a list of them), 'source', 'component' or 'trap'");
            return null;
        }
        if (Boolean.FALSE.equals(trap)) m.report("trap", "'trap' can only be true: leave it out for any line");
        return new Selector(entries, source, trap, component, minPriority, conditions(m),
                m.has("entry") ? m.origin("entry") : m.origin());
    }

    /** The tests of {@code when}, {@code starts_with}, {@code mentions}, {@code at_most} and {@code at_least}. */
    private List<Condition> conditions(YamlMap m) {
        List<Condition> out = new ArrayList<>();
        conditions(m, "when", Condition.Op.EQUALS, out);
        conditions(m, "starts_with", Condition.Op.STARTS_WITH, out);
        conditions(m, "mentions", Condition.Op.MENTIONS, out);
        conditions(m, "at_most", Condition.Op.AT_MOST, out);
        conditions(m, "at_least", Condition.Op.AT_LEAST, out);
        return out;
    }

    private void conditions(YamlMap m, String key, Condition.Op op, List<Condition> out) {
        if (!m.has(key)) return;
        YamlMap tests = m.map(key);
        if (tests == null) return;
        if (tests.keys().isEmpty()) m.report(key, "'" + key + "' states no condition");
        for (String attribute : tests.keys()) {
            if (!ATTRIBUTE.matcher(attribute).matches()) {
                tests.report(attribute, "'" + attribute + "' is not a field or attribute name");
                continue;
            }
            switch (op) {
                case EQUALS, STARTS_WITH, MENTIONS -> {
                    List<String> values = tests.texts(attribute);
                    if (values.isEmpty() || values.stream().anyMatch(String::isEmpty)) {
                        tests.report(attribute, "'" + attribute + "' has no value to test");
                    } else if (op != Condition.Op.EQUALS && values.size() > 1) {
                        tests.report(attribute, "'" + key + "' takes one text per field; use 'any' for alternatives");
                    } else {
                        out.add(new Condition(attribute, op, values, null));
                    }
                }
                case AT_MOST, AT_LEAST -> {
                    java.math.BigDecimal bound = tests.decimal(attribute);
                    if (bound != null) out.add(new Condition(attribute, op, List.of(), bound));
                    else if (tests.isEmpty(attribute)) tests.report(attribute, "'" + attribute + "' has no bound");
                }
            }
        }
    }

    private List<Derivation> derive(YamlMap m) {
        if (!m.has("derive")) return List.of();
        YamlMap d = m.map("derive");
        if (d == null) return List.of();
        List<Derivation> out = new ArrayList<>();
        for (String name : d.keys()) {
            YamlMap f = d.map(name);
            if (f == null) continue;
            f.checkKeys(List.of("days_until"), List.of());
            String field = f.text("days_until");
            if (!NAME.matcher(name).matches()) d.report(name, "'" + name + "' is not a lower-case name such as days_left");
            else if (field != null && ATTRIBUTE.matcher(field).matches()) out.add(new Derivation(name, field));
            else if (field != null) f.report("days_until", "'days_until' must name the field holding the date");
        }
        return out;
    }

    private Outcome outcome(YamlMap raw, String context) {
        if (raw == null) return null;
        YamlMap f = raw.withContext(context + ", finding");
        f.checkKeys(FINDING_REQUIRED, FINDING_OPTIONAL);
        Priority priority = f.has("priority") ? f.choice("priority", List.of(Priority.values()), Priority::key) : null;
        String from = f.text("priority_from");
        if (f.has("priority") == f.has("priority_from")) {
            f.report("give either 'priority' or 'priority_from' (the step whose line's priority the finding takes)");
        }
        List<Escalation> escalations = new ArrayList<>();
        int index = 0;
        for (YamlMap e : f.maps("escalate")) {
            YamlMap x = e.withContext(context + ", finding, escalation #" + ++index);
            x.checkKeys(List.of("priority"), ESCALATION_KEYS);
            Priority p = x.choice("priority", List.of(Priority.values()), Priority::key);
            List<Condition> when = conditions(x);
            if (when.isEmpty()) x.report("an escalation needs a condition ('when', 'at_most', ...)");
            if (p != null) escalations.add(new Escalation(when, p));
        }
        return new Outcome(priority, from, escalations, template(f, "summary"), template(f, "action"));
    }

    private Resolution resolution(YamlMap raw, String context) {
        if (raw == null) return null;
        YamlMap r = raw.withContext(context + ", resolution");
        r.checkKeys(RESOLUTION_KEYS, List.of());
        return new Resolution(window(r, "within"), r.choice("priority", List.of(Priority.values()), Priority::key),
                template(r, "summary"), template(r, "action"));
    }

    /** How the steps fit together: what the rule generator can express. */
    private void checkShape(YamlMap m, Correlation c, String context) {
        List<Step> steps = c.steps();
        boolean needsWindow = steps.size() > 1 || steps.get(0).count() > 1;
        if (needsWindow && c.window() == null) {
            m.report("missing key 'window': how far apart in log time the lines may be, such as 10m");
        }
        if (!needsWindow && c.window() != null) {
            m.report("window", "a single line makes this incident: 'window' has nothing to measure");
        }
        for (int i = 0; i < steps.size() - 1; i++) {
            if (steps.get(i).absent()) {
                problems.add(new Problem(steps.get(i).origin(), context + ", step '" + steps.get(i).name() + "'"
                        + ": only the last step can be absent"));
            }
        }
        Step last = steps.get(steps.size() - 1);
        if (c.shape() == Correlation.Shape.ABSENCE) {
            if (steps.size() != 2 || steps.get(0).count() != 1 || last.count() != 1) {
                problems.add(new Problem(last.origin(), context + ", step '" + last.name() + "'"
                        + ": an absence is one line, then the absent step, each without 'count'"));
            }
        } else if (c.resolution() != null) {
            m.report("resolution", "'resolution' is for an absence: the last step must be 'absent: true'");
        }
        if (c.resolution() != null && c.window() != null && c.resolution().within() != null
                && c.resolution().within().millis() <= c.window().millis()) {
            m.report("resolution", "the resolution's 'within' must be longer than the window, " + c.window());
        }
        if (c.collect() != null && (steps.size() < 2 || c.anyOrder())) {
            m.report("collect", "'collect' gathers the lines between the first step's and the last one's: it needs"
                    + " two steps in order");
        }
        if (c.anyOrder() && (steps.size() != 2 || last.absent() || steps.stream().anyMatch(s -> s.count() != 1))) {
            m.report("order", "'order: any' joins exactly two lines: two steps without 'count' or 'absent'");
        }
        Outcome f = c.finding();
        if (f.priorityFrom() != null && (c.step(f.priorityFrom()) == null || c.step(f.priorityFrom()).absent())) {
            m.report("finding", "'priority_from' must name a step that occurs, not '" + f.priorityFrom() + "'");
        }
    }

    private Window window(YamlMap m, String key) {
        String text = m.text(key);
        if (text == null) return null;
        Window w = Window.parse(text);
        if (w == null) m.report(key, "'" + key + "' must be " + Window.formatHelp() + ", not '" + text + "'");
        return w;
    }

    private static Template template(YamlMap m, String key) {
        String text = prose(m, key);
        return text == null ? null : new Template(text);
    }

    private static String prose(YamlMap m, String key) {
        String text = m.text(key);
        if (text == null) return null;
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            m.report(key, "'" + key + "' is empty");
            return null;
        }
        return stripped;
    }
}
