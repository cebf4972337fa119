package io.hsmlog.knowledge.load;

import io.hsmlog.knowledge.Case;
import io.hsmlog.knowledge.Component;
import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.EventKind;
import io.hsmlog.knowledge.Example;
import io.hsmlog.knowledge.Group;
import io.hsmlog.knowledge.Priority;
import io.hsmlog.knowledge.pattern.MessagePattern;
import io.hsmlog.knowledge.pattern.PatternException;
import io.hsmlog.knowledge.validate.Problem;
import io.hsmlog.knowledge.yaml.Text;
import io.hsmlog.knowledge.yaml.YamlMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.hsmlog.knowledge.load.FileReading.context;
import static io.hsmlog.knowledge.load.FileReading.lowerSet;
import static io.hsmlog.knowledge.load.FileReading.prose;
import static io.hsmlog.knowledge.load.FileReading.trimBreaks;

/** Reads an entries file ({@code entries/<component>.yaml}) as the knowledge README describes it. */
final class EntriesFileReader {
    static final List<String> FILE_REQUIRED = List.of("component", "entries");
    static final List<String> FILE_OPTIONAL = List.of("processes", "facility", "log_file", "section");
    static final List<String> ENTRY_REQUIRED = List.of(
            "id", "title", "source", "group", "meaning", "priority", "action", "examples");
    /** {@code pattern} and {@code regex} are optional each, but exactly one must be given. */
    static final List<String> ENTRY_OPTIONAL = List.of(
            "pattern", "regex", "counter_examples", "severities", "event", "cases",
            "processes", "facility", "log_file", "notes");
    static final List<String> CASE_REQUIRED = List.of("when");
    static final List<String> CASE_OPTIONAL = List.of("priority", "action", "meaning");
    static final List<String> WHEN_KEYS = List.of("assert", "severity", "field.<name>");
    private static final String FIELD = "field.";

    /** {@code unknown} is what an assessment says when no entry applies; an entry cannot say it. */
    static final List<Group> ENTRY_GROUPS = Arrays.stream(Group.values()).filter(g -> g != Group.UNKNOWN).toList();
    /** An entry without {@code event} is a plain message. */
    static final List<EventKind> EVENT_KEYS = List.of(EventKind.THRESHOLD, EventKind.DISCRETE);

    private final List<Problem> problems;

    EntriesFileReader(List<Problem> problems) {
        this.problems = problems;
    }

    List<Entry> read(Source source) {
        YamlMap file = FileReading.open(source, problems);
        if (file == null) return List.of();
        file.checkKeys(FILE_REQUIRED, FILE_OPTIONAL);
        Component component = file.choice("component", List.of(Component.values()), Component::key);
        Defaults defaults = new Defaults(
                List.copyOf(lowerSet(file.texts("processes"))), file.text("facility"), file.text("log_file"));
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        for (YamlMap raw : file.maps("entries")) {
            Entry e = readEntry(raw, component, defaults, ++index);
            if (e != null) entries.add(e);
        }
        return entries;
    }

    private record Defaults(List<String> processes, String facility, String logFile) {
    }

    /** The entry, or null when something it cannot do without is missing or wrong (reported). */
    private Entry readEntry(YamlMap raw, Component component, Defaults defaults, int index) {
        String id = raw.text("id");
        String context = context("entry", id, index);
        YamlMap m = raw.withContext(context);
        m.checkKeys(ENTRY_REQUIRED, ENTRY_OPTIONAL);
        String title = prose(m.text("title"));
        String source = prose(m.text("source"));
        Group group = m.choice("group", ENTRY_GROUPS, Group::key);
        Priority priority = m.choice("priority", List.of(Priority.values()), Priority::key);
        EventKind event = m.has("event") ? m.choice("event", EVENT_KEYS, EventKind::key) : EventKind.MESSAGE;
        String meaning = prose(m.text("meaning"));
        String action = prose(m.text("action"));
        String pattern = m.has("pattern") ? m.text("pattern") : null;
        String regex = m.has("regex") ? m.text("regex") : null;
        MessagePattern compiled = compile(m, pattern, regex);
        List<Example> examples = examples(m, "examples");
        List<Example> counterExamples = examples(m, "counter_examples");
        Set<String> severities = lowerSet(m.texts("severities"));
        List<Case> cases = cases(m, context);
        List<String> processes = m.has("processes") ? List.copyOf(lowerSet(m.texts("processes"))) : defaults.processes();
        String facility = m.has("facility") ? m.text("facility") : defaults.facility();
        String logFile = m.has("log_file") ? m.text("log_file") : defaults.logFile();
        String notes = prose(m.text("notes"));

        if (component == null || id == null || title == null || source == null || group == null || priority == null
                || event == null || meaning == null || action == null || compiled == null || cases == null) {
            return null;
        }
        return new Entry(id, component, processes, facility, logFile, title, source, group, pattern, regex, compiled,
                meaning, priority, action, examples, counterExamples, severities, event, cases, notes, m.origin());
    }

    private static MessagePattern compile(YamlMap m, String pattern, String regex) {
        if (m.has("pattern") && m.has("regex")) {
            m.report("regex", "give either 'pattern' or 'regex', not both");
            return null;
        }
        if (!m.has("pattern") && !m.has("regex")) {
            m.report("missing key 'pattern' (or 'regex', where the notation cannot say it)");
            return null;
        }
        if (pattern == null && regex == null) return null; // not text: reported when read
        String key = pattern != null ? "pattern" : "regex";
        try {
            return pattern != null ? MessagePattern.fromNotation(pattern) : MessagePattern.fromRegex(regex);
        } catch (PatternException e) {
            m.report(key, key + ": " + e.getMessage());
            return null;
        }
    }

    private static List<Example> examples(YamlMap m, String key) {
        List<Example> out = new ArrayList<>();
        for (Text t : m.textList(key)) out.add(new Example(trimBreaks(t.value()), t.origin()));
        return List.copyOf(out);
    }

    /** The entry's cases; null when one of them is unusable (reported). */
    private static List<Case> cases(YamlMap entry, String context) {
        List<Case> cases = new ArrayList<>();
        boolean usable = true;
        int index = 0;
        for (YamlMap raw : entry.maps("cases")) {
            YamlMap c = raw.withContext(context + ", case " + ++index);
            c.checkKeys(CASE_REQUIRED, CASE_OPTIONAL);
            if (!c.has("priority") && !c.has("action") && !c.has("meaning")) {
                c.report("a case must change at least one of 'priority', 'action', 'meaning'");
            }
            Priority priority = c.choice("priority", List.of(Priority.values()), Priority::key);
            if (c.has("priority") && priority == null) usable = false;
            YamlMap when = c.map("when");
            if (when == null) {
                usable = false;
                continue;
            }
            when.checkKeys(List.of(), WHEN_KEYS);
            if (when.keys().isEmpty()) c.report("when", "'when' states no condition: the case would always apply");
            Boolean assertion = when.bool("assert");
            if (when.has("assert") && assertion == null) usable = false;
            Map<String, List<String>> fields = new LinkedHashMap<>();
            for (String key : when.keys()) {
                if (key.startsWith(FIELD) && key.length() > FIELD.length()) {
                    fields.put(key.substring(FIELD.length()), List.copyOf(when.texts(key)));
                }
            }
            cases.add(new Case(assertion, lowerSet(when.texts("severity")), Collections.unmodifiableMap(fields),
                    priority, prose(c.text("action")), prose(c.text("meaning")), c.origin()));
        }
        return usable ? List.copyOf(cases) : null;
    }
}
