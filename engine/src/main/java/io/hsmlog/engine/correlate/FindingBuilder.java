package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Finding;
import io.hsmlog.knowledge.Priority;
import io.hsmlog.knowledge.correlation.Condition;
import io.hsmlog.knowledge.correlation.Correlation;
import io.hsmlog.knowledge.correlation.Derivation;
import io.hsmlog.knowledge.correlation.Escalation;
import io.hsmlog.knowledge.correlation.Step;
import io.hsmlog.knowledge.correlation.Template;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the finding of one match: fills the templates from its lines, decides the priority, lays out the timeline. */
final class FindingBuilder {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int SHORT_TEXT = 120;
    private static final String UNKNOWN = "?";
    private static final String BETWEEN = "between";

    private final Correlation c;
    private final boolean resolution;
    private final Hits.Hit hit;
    /** Each occurring step's line (the latest, for a step with a count) and all its lines. */
    private final Map<String, Occurrence> anchors = new LinkedHashMap<>();
    private final Map<String, List<Occurrence>> stepLines = new LinkedHashMap<>();
    private final Map<String, String> derived = new HashMap<>();

    FindingBuilder(Correlation c, boolean resolution, Hits.Hit hit) {
        this.c = c;
        this.resolution = resolution;
        this.hit = hit;
        List<Step> occurring = c.steps().stream().filter(s -> resolution || !s.absent()).toList();
        for (int i = 0; i < hit.anchors().size() && i < occurring.size(); i++) {
            Step s = occurring.get(i);
            Occurrence anchor = hit.anchors().get(i);
            anchors.put(s.name(), anchor);
            List<Occurrence> counted = i < hit.counted().size() ? hit.counted().get(i) : List.of();
            stepLines.put(s.name(), counted.isEmpty() ? List.of(anchor) : sorted(counted));
        }
        for (Derivation d : c.derive()) {
            Occurrence o = firstWith(d.daysUntil());
            Long days = o == null ? null : Derivations.daysUntil(o.attr(d.daysUntil()), loggedTime(o));
            if (days != null) derived.put(d.name(), days.toString());
        }
    }

    Finding build(boolean open) {
        String rule = resolution ? c.id() + Correlation.RESOLVED : c.id();
        Priority priority = resolution ? c.resolution().priority() : priority();
        Template summary = resolution ? c.resolution().summary() : c.finding().summary();
        Template action = resolution ? c.resolution().action() : c.finding().action();
        List<Occurrence> all = allLines();
        List<Long> lines = all.stream().map(o -> o.assessment().line()).distinct().sorted().toList();
        return new Finding(rule, c.title(), priority, hit.anchors().get(0).getHost(), lines, summary.fill(this::value),
                action.fill(this::value), c.description(), timeline(all), open);
    }

    private Priority priority() {
        Priority p = c.finding().priority();
        if (p == null) {
            Occurrence from = anchors.get(c.finding().priorityFrom());
            p = from == null ? Priority.MEDIUM : from.assessment().priority();
        }
        for (Escalation e : c.finding().escalations()) {
            if (e.when().stream().allMatch(this::holds)) return e.priority();
        }
        return p;
    }

    private boolean holds(Condition cond) {
        String v = derived.containsKey(cond.attribute()) ? derived.get(cond.attribute()) : field(cond.attribute());
        if (v == null) return false;
        return switch (cond.op()) {
            case EQUALS -> cond.values().contains(v);
            case STARTS_WITH -> v.startsWith(cond.values().get(0));
            case MENTIONS -> v.contains(cond.values().get(0));
            case AT_MOST, AT_LEAST -> {
                Double n = number(v);
                yield n != null && (cond.op() == Condition.Op.AT_MOST
                        ? n <= cond.number().doubleValue() : n >= cond.number().doubleValue());
            }
        };
    }

    /** A placeholder's value. */
    private String value(String name) {
        int dot = name.indexOf('.');
        if (dot > 0 && anchors.containsKey(name.substring(0, dot))) {
            return stepValue(name.substring(0, dot), name.substring(dot + 1));
        }
        String v = switch (name) {
            case "host" -> hit.anchors().get(0).getHost();
            case "elapsed" -> Durations.humanize(span());
            case "window" -> Durations.humanize(c.window() == null ? 0 : c.window().millis());
            case "collected" -> collected();
            case "count" -> Integer.toString(stepLineCount());
            default -> derived.containsKey(name) ? derived.get(name) : keyOrField(name);
        };
        return v == null ? UNKNOWN : v;
    }

    private String stepValue(String step, String name) {
        Occurrence o = anchors.get(step);
        Assessment a = o.assessment();
        String v = switch (name) {
            case "time" -> a.timestamp() == null ? null : TIME.format(a.timestamp());
            case "line" -> Long.toString(a.line());
            case "count" -> Integer.toString(stepLines.get(step).size());
            case "message" -> a.event().message();
            case "title" -> a.title();
            case "meaning" -> a.meaning();
            case "action" -> a.action();
            case "priority" -> a.priority().key();
            default -> o.attr(name);
        };
        return v == null ? UNKNOWN : v;
    }

    /** A key's value as the first step carries it; else a field of the first line that has it. */
    private String keyOrField(String name) {
        if (c.key().contains(name)) {
            Step first = c.steps().get(0);
            String v = hit.anchors().get(0).attr(first.keyAttribute(name));
            if (v != null) return v;
        }
        return field(name);
    }

    private String field(String name) {
        Occurrence o = firstWith(name);
        return o == null ? null : o.attr(name);
    }

    private Occurrence firstWith(String name) {
        for (Occurrence o : anchors.values()) {
            if (o.attr(name) != null) return o;
        }
        return null;
    }

    private String collected() {
        if (hit.collected().isEmpty()) return "none logged";
        Set<String> messages = new LinkedHashSet<>();
        for (Occurrence o : sorted(hit.collected())) messages.add(shorten(o.assessment().event().message()));
        return String.join("; ", messages);
    }

    /** From the first line of the incident to its last, in log time. */
    private long span() {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (List<Occurrence> lines : stepLines.values()) {
            for (Occurrence o : lines) {
                first = Math.min(first, o.getMillis());
                last = Math.max(last, o.getMillis());
            }
        }
        return first == Long.MAX_VALUE ? 0 : last - first;
    }

    private int stepLineCount() {
        Set<Occurrence> all = new LinkedHashSet<>();
        stepLines.values().forEach(all::addAll);
        return all.size();
    }

    private List<Occurrence> allLines() {
        Set<Occurrence> all = new LinkedHashSet<>();
        stepLines.values().forEach(all::addAll);
        all.addAll(hit.collected());
        return sorted(all);
    }

    private List<Finding.Moment> timeline(List<Occurrence> lines) {
        Map<Occurrence, String> labels = new HashMap<>();
        for (Occurrence o : hit.collected()) labels.put(o, BETWEEN);
        stepLines.forEach((step, os) -> os.forEach(o -> labels.put(o, step)));
        List<Finding.Moment> out = new ArrayList<>(lines.size());
        for (Occurrence o : lines) {
            Assessment a = o.assessment();
            out.add(new Finding.Moment(a.line(), a.timestamp(), labels.get(o) + ": " + shorten(a.event().message())));
        }
        return out;
    }

    private static List<Occurrence> sorted(java.util.Collection<Occurrence> os) {
        List<Occurrence> out = new ArrayList<>(os);
        out.sort(Comparator.comparingLong(Occurrence::getSeq));
        return out;
    }

    private static LocalDateTime loggedTime(Occurrence o) {
        LocalDateTime t = o.assessment().timestamp();
        return t != null ? t : LocalDateTime.ofEpochSecond(Math.floorDiv(o.getMillis(), 1000L), 0, java.time.ZoneOffset.UTC);
    }

    private static Double number(String v) {
        try {
            return Double.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The message on one line: each run of blanks (as regex {@code \s} has them) one space, and stripped. */
    static String shorten(String s) {
        String one = collapseBlanks(s).strip();
        return one.length() <= SHORT_TEXT ? one : one.substring(0, SHORT_TEXT - 3) + "...";
    }

    /** Written out rather than a regex replace: every finding's lines are shortened, and most have nothing to do. */
    private static String collapseBlanks(String s) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (!isBlank(ch)) {
                if (out != null) out.append(ch);
                continue;
            }
            int end = i + 1;
            while (end < n && isBlank(s.charAt(end))) end++;
            if (out == null) {
                if (ch == ' ' && end == i + 1) continue; // a single space stays as it is
                out = new StringBuilder(n).append(s, 0, i);
            }
            out.append(' ');
            i = end - 1;
        }
        return out == null ? s : out.toString();
    }

    private static boolean isBlank(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r';
    }
}
