package io.hsmlog.bench.lognorm;

import io.hsmlog.engine.parse.LineParser;
import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.knowledge.Entry;
import io.hsmlog.knowledge.Example;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A liblognorm v2 rulebase with one rule per way each entry's message can be logged: a syslog header in the guide's
 * display format ({@code 2026 Mar 02 12:05:01 host facility severity}), the entry's process as its examples spell
 * it (with or without {@code [pid]}), the lunalog {@code severity : code :} prefix where its examples have one, and
 * the message. A rule's tag is the entry id, so lognormalizer reports which entry a line is. Entries whose message
 * is a raw regex are left out and listed: liblognorm has no equivalent short of its own regex parser, which it
 * disables by default for being slow. The syslog severity is not part of a rule (see {@link #text}).
 */
public final class RulebaseWriter {
    private static final String HEADER =
            "%-:number% %-:date-rfc3164% %syslog_host:word% %syslog_facility:word% %syslog_severity:word% ";
    private static final String LUNALOG_PREFIX = "%-:word% : %-:word% : ";
    private static final LineParser EXAMPLES = new LineParser(2012);

    private final List<String> rules = new ArrayList<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private int translated;
    private int severityBlind;

    /** Adds the rules of one entry, or records why it has none. */
    public void add(Entry e) {
        if (e.pattern() == null) {
            skipped.put(e.id(), "raw regex");
            return;
        }
        String message;
        try {
            message = NotationTranslator.translate(e.pattern());
        } catch (NotationTranslator.Untranslatable u) {
            skipped.put(e.id(), u.getMessage());
            return;
        }
        translated++;
        if (!e.severities().isEmpty()) severityBlind++;
        Set<String> spellings = new LinkedHashSet<>();
        Set<Boolean> lunalog = new LinkedHashSet<>();
        for (Example x : e.examples()) {
            LogEvent ev = EXAMPLES.parse(1, x.text());
            if (ev.process() != null && e.processes().contains(ev.processKey())) spellings.add(ev.process());
            lunalog.add(ev.lunaSeverity() != null);
        }
        for (String key : e.processes()) { // a process no example shows: as the knowledge writes it, lower case
            if (spellings.stream().noneMatch(s -> LogEvent.processKeyOf(s).equals(key))) spellings.add(key);
        }
        if (lunalog.isEmpty()) lunalog.add(false);
        for (String process : spellings) {
            for (String tag : tags(process)) {
                for (boolean luna : lunalog) {
                    rules.add("rule=" + e.id() + ":" + HEADER + tag + ": " + (luna ? LUNALOG_PREFIX : "") + message);
                }
            }
        }
    }

    /** The whole rulebase: version line, types, rules, and the entries left out as comments. */
    public String text(String title) {
        List<String> lines = new ArrayList<>();
        lines.add("version=2");
        lines.add("# " + title);
        lines.add("# " + translated + " entries as " + rules.size() + " rules; "
                + skipped.size() + " entries left out");
        lines.add("# " + severityBlind + " entries apply to some severities only; their rules accept any, as a"
                + " severity alternative beside %word% defeats liblognorm 2.0.6's backtracking");
        skipped.forEach((id, why) -> lines.add("#   left out " + id + ": " + why));
        lines.addAll(NotationTranslator.TYPES);
        lines.addAll(rules);
        return String.join("\n", lines) + "\n";
    }

    public int translated() {
        return translated;
    }

    public int rules() {
        return rules.size();
    }

    /** Entry id and why it has no rule. */
    public Map<String, String> skipped() {
        return skipped;
    }

    /**
     * The process tag in its three shapes, {@code NTLS [1234]}, {@code sshd[1234]} and {@code lsta}, as three rules
     * rather than one user-defined type: liblognorm 2.0.6 leaks memory on each failed try of a user-defined type
     * (about 4 KiB a line with a type per process), which would make its peak RSS meaningless.
     */
    private static List<String> tags(String process) {
        String p = NotationTranslator.escapeLiteral(process);
        return List.of(p + " [%syslog_pid:number%]", p + "[%syslog_pid:number%]", p);
    }
}
