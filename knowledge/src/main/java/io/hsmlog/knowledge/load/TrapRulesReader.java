package io.hsmlog.knowledge.load;

import io.hsmlog.knowledge.TrapRule;
import io.hsmlog.knowledge.validate.Problem;
import io.hsmlog.knowledge.yaml.YamlMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.hsmlog.knowledge.load.FileReading.context;
import static io.hsmlog.knowledge.load.FileReading.lowerSet;
import static io.hsmlog.knowledge.load.FileReading.prose;

/** Reads {@code trap-rules.yaml}: the conditions of Chapter 6 under which lsta sends a trap. */
final class TrapRulesReader {
    static final List<String> FILE_REQUIRED = List.of("rules");
    static final List<String> FILE_OPTIONAL = List.of("source", "notes");
    static final List<String> RULE_REQUIRED = List.of("id", "notification", "source", "processes", "assert_from");
    static final List<String> RULE_OPTIONAL = List.of(
            "mentions_any", "contains_any", "severities", "platform", "notes");
    static final List<TrapRule.AssertFrom> ASSERT_FROM = List.of(TrapRule.AssertFrom.values());

    private final List<Problem> problems;

    TrapRulesReader(List<Problem> problems) {
        this.problems = problems;
    }

    List<TrapRule> read(Source source) {
        YamlMap file = FileReading.open(source, problems);
        if (file == null) return List.of();
        file.checkKeys(FILE_REQUIRED, FILE_OPTIONAL);
        List<TrapRule> rules = new ArrayList<>();
        int index = 0;
        for (YamlMap raw : file.maps("rules")) {
            TrapRule r = readRule(raw, ++index);
            if (r != null) rules.add(r);
        }
        return rules;
    }

    private static TrapRule readRule(YamlMap raw, int index) {
        String id = raw.text("id");
        YamlMap m = raw.withContext(context("trap rule", id, index));
        m.checkKeys(RULE_REQUIRED, RULE_OPTIONAL);
        String notification = m.text("notification");
        String source = prose(m.text("source"));
        TrapRule.AssertFrom assertFrom = m.choice("assert_from", ASSERT_FROM, a -> a.name().toLowerCase(Locale.ROOT));
        String platform = m.text("platform");
        if (id == null || notification == null || source == null || assertFrom == null) return null;
        return new TrapRule(id, notification.strip(), source, lowerSet(m.texts("processes")),
                List.copyOf(m.texts("mentions_any")), List.copyOf(m.texts("contains_any")),
                lowerSet(m.texts("severities")), assertFrom, platform == null || platform.isBlank() ? null : platform,
                prose(m.text("notes")), m.origin());
    }
}
