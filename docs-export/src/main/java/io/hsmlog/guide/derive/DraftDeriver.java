package io.hsmlog.guide.derive;

import io.hsmlog.guide.read.ComponentTable;
import io.hsmlog.guide.read.ExampleKind;
import io.hsmlog.guide.read.Guide;
import io.hsmlog.guide.read.GuideExample;
import io.hsmlog.guide.read.LogLine;
import io.hsmlog.guide.read.Paragraph;
import io.hsmlog.guide.read.Position;
import io.hsmlog.guide.read.Section;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Draft entries from the guide: one per documented syslog message (Chapters 1 to 5), identical lines
 * within a subsection counted once. Chapter 6 test events and traps are not messages of their own; they
 * go to the side files.
 */
public final class DraftDeriver {

    private final Guide guide;

    public DraftDeriver(Guide guide) {
        this.guide = guide;
    }

    /** The syslog examples that become entries, by component, in guide order. */
    public Map<String, List<GuideExample>> messages() {
        Map<String, Map<String, GuideExample>> distinct = new LinkedHashMap<>();
        for (GuideExample e : guide.examples(ExampleKind.SYSLOG)) {
            if (e.chapter() >= 1 && e.chapter() <= 5 && e.component() != null) {
                distinct.computeIfAbsent(e.component(), c -> new LinkedHashMap<>())
                        .putIfAbsent(key(e.position()) + "\n" + e.text(), e);
            }
        }
        Map<String, List<GuideExample>> out = new LinkedHashMap<>();
        distinct.forEach((c, m) -> out.put(c, List.copyOf(m.values())));
        return out;
    }

    public List<DraftFile> derive() {
        List<DraftFile> files = new ArrayList<>();
        messages().forEach((component, examples) -> files.add(file(component, examples)));
        return files;
    }

    private DraftFile file(String component, List<GuideExample> examples) {
        List<ComponentTable> tables = tablesOf(component);
        List<String> comments = new ArrayList<>();
        comments.add("Draft entries derived from the guide, one per documented message; curate before use.");
        List<String> processes = tables.isEmpty()
                ? distinct(examples, e -> e.logLine().process())
                : distinctIgnoringCase(tables.stream().flatMap(t -> t.processes().stream()).toList());
        String facility = tables.isEmpty() ? mostCommon(examples) : single(tables, t -> t.facility().toLowerCase(Locale.ROOT));
        if (facility != null && facility.contains(" ")) {
            facility = null;
        }
        String logFile = single(tables, ComponentTable::logFile);
        if (tables.isEmpty()) {
            logFile = "messages";
            comments.add("log_file: the guide gives no table for this component; messages is its primary log file.");
        }
        Header header = new Header(processes, facility, logFile, tables);

        Map<String, List<GuideExample>> bySubsection = new LinkedHashMap<>();
        for (GuideExample e : examples) {
            bySubsection.computeIfAbsent(key(e.position()), k -> new ArrayList<>()).add(e);
        }
        List<DraftEntry> entries = new ArrayList<>();
        Set<String> bases = new HashSet<>();
        for (List<GuideExample> group : bySubsection.values()) {
            String base = uniqueBase(component, group.get(0), bases);
            for (int k = 0; k < group.size(); k++) {
                String id = group.size() > 1 ? base + "." + (k + 1) : base;
                entries.add(entry(id, group.get(k), header));
            }
        }
        return new DraftFile(component, processes, facility, logFile, comments, severitiesWhereShared(entries));
    }

    private record Header(List<String> processes, String facility, String logFile, List<ComponentTable> tables) {
    }

    private DraftEntry entry(String id, GuideExample e, Header header) {
        LogLine line = e.logLine();
        boolean lunalog = line.lunalogSeverity() != null;
        String severity = Severity.normalise(line.severity());
        String pattern = PatternDraft.of(line.body(), lunalog);
        String event = PatternDraft.event(line.body());
        Defaults.Advice advice = Defaults.of(e.group(), severity, event, line.body(), groupIntro(e.position()));

        List<String> notes = new ArrayList<>(e.notes());
        if (e.footnote() != null) {
            notes.add("guide footnote: " + e.footnote());
        }
        if (e.group() == null) {
            notes.add("the guide puts no group heading over this message; the group is for curation to decide");
        }
        if (e.meaning() == null) {
            notes.add("the guide gives no prose for this message");
        }
        ComponentTable table = header.tables().stream()
                .filter(t -> t.processes().stream().anyMatch(p -> p.equalsIgnoreCase(line.process())))
                .findFirst().orElse(null);
        boolean known = header.processes().stream().anyMatch(p -> p.equalsIgnoreCase(line.process()));
        List<String> processes = known ? List.of() : List.of(line.process());
        String facility = null;
        if (header.facility() == null || !known) {
            String tableFacility = table == null ? null : table.facility().toLowerCase(Locale.ROOT);
            facility = tableFacility != null && !tableFacility.contains(" ") ? tableFacility : line.facility();
            if (facility != null && facility.equals(header.facility())) {
                facility = null;
            }
        }
        String logFile = header.logFile() == null && table != null ? table.logFile() : null;

        return new DraftEntry(id, title(e.position()), source(e.position()), e.group(), pattern, event, List.of(),
                e.meaning() == null ? "" : e.meaning(), advice.priority(), advice.action(), advice.cases(),
                processes, facility, logFile, notes.isEmpty() ? null : String.join("; ", notes),
                List.of(e.text()));
    }

    /** Where the guide prints the same text at several severities, each entry is scoped to its own. */
    private static List<DraftEntry> severitiesWhereShared(List<DraftEntry> entries) {
        Map<String, Set<String>> severities = new HashMap<>();
        Map<DraftEntry, String> own = new HashMap<>();
        for (DraftEntry d : entries) {
            LogLine l = LogLine.parse(d.examples().get(0));
            String s = Severity.normalise(l.severity());
            own.put(d, s);
            if (s != null) {
                severities.computeIfAbsent(d.pattern(), p -> new TreeSet<>()).add(s);
            }
        }
        List<DraftEntry> out = new ArrayList<>();
        for (DraftEntry d : entries) {
            boolean shared = severities.getOrDefault(d.pattern(), Set.of()).size() > 1 && own.get(d) != null;
            out.add(shared ? d.withSeverities(List.of(own.get(d))) : d);
        }
        return out;
    }

    private List<ComponentTable> tablesOf(String component) {
        Set<String> titles = guide.sections().stream()
                .filter(s -> component.equals(s.component()))
                .map(Section::title).collect(Collectors.toSet());
        return guide.tables().stream().filter(t -> titles.contains(t.section())).toList();
    }

    /** The paragraph directly under the group heading, before the first subsection. */
    private String groupIntro(Position p) {
        if (p.group() == null) {
            return null;
        }
        return guide.paragraphs().stream()
                .filter(q -> q.position().chapter() == p.chapter()
                        && Objects.equals(q.position().section(), p.section())
                        && p.group().equals(q.position().group()) && q.position().subsection() == null)
                .map(Paragraph::text).findFirst().orElse(null);
    }

    private static String uniqueBase(String component, GuideExample e, Set<String> used) {
        Position p = e.position();
        String base = component + "." + Slug.of(topic(p));
        if (used.contains(base) && p.group() != null) {
            base = base + "-" + Slug.of(e.group() == null ? p.group() : e.group());
        }
        String candidate = base;
        for (int i = 2; used.contains(candidate); i++) {
            candidate = base + "-" + i;
        }
        used.add(candidate);
        return candidate;
    }

    private static String topic(Position p) {
        if (p.subsection() != null) {
            return p.detail() == null ? p.subsection() : p.subsection() + " " + p.detail();
        }
        if (p.group() != null) {
            return p.group();
        }
        return p.section() != null ? p.section() : p.chapterTitle().replaceFirst("^Chapter \\d+: ", "");
    }

    static String title(Position p) {
        if (p.subsection() != null) {
            return p.detail() == null ? p.subsection() : p.subsection() + " (" + p.detail() + ")";
        }
        if (p.group() != null) {
            return p.group();
        }
        return p.section() != null ? p.section() : p.chapterTitle().replaceFirst("^Chapter \\d+: ", "");
    }

    static String source(Position p) {
        List<String> parts = new ArrayList<>();
        parts.add("Chapter " + p.chapter());
        if (p.section() == null && p.subsection() == null) {
            parts.add(p.chapterTitle().replaceFirst("^Chapter \\d+: ", ""));
        }
        for (String s : new String[] {p.section(), p.group(), p.subsection(), p.detail()}) {
            if (s != null) {
                parts.add(s);
            }
        }
        return String.join(" > ", parts);
    }

    private static String key(Position p) {
        return p.chapter() + "|" + p.section() + "|" + p.group() + "|" + p.subsection() + "|" + p.detail();
    }

    private static List<String> distinct(Collection<GuideExample> examples, Function<GuideExample, String> f) {
        return distinctIgnoringCase(examples.stream().map(f).toList());
    }

    private static List<String> distinctIgnoringCase(List<String> values) {
        Map<String, String> seen = new LinkedHashMap<>();
        values.stream().filter(v -> v != null && !v.isBlank())
                .forEach(v -> seen.putIfAbsent(v.toLowerCase(Locale.ROOT), v));
        return List.copyOf(seen.values());
    }

    private static String single(List<ComponentTable> tables, Function<ComponentTable, String> f) {
        Set<String> values = new LinkedHashSet<>();
        tables.forEach(t -> values.add(f.apply(t)));
        return values.size() == 1 ? values.iterator().next() : null;
    }

    private static String mostCommon(List<GuideExample> examples) {
        return examples.stream().map(e -> e.logLine().facility()).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(f -> f, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
