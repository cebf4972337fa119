package io.hsmlog.knowledge.load;

import io.hsmlog.knowledge.Group;
import io.hsmlog.knowledge.InterpretationRule;
import io.hsmlog.knowledge.Priority;
import io.hsmlog.knowledge.validate.Problem;
import io.hsmlog.knowledge.yaml.YamlMap;

import java.util.ArrayList;
import java.util.List;

import static io.hsmlog.knowledge.load.FileReading.context;
import static io.hsmlog.knowledge.load.FileReading.lowerSet;
import static io.hsmlog.knowledge.load.FileReading.prose;

/** Reads {@code interpretation.yaml}: Chapter 1's generic rules, in the order they apply. */
final class InterpretationReader {
    static final List<String> FILE_REQUIRED = List.of("rules");
    static final List<String> FILE_OPTIONAL = List.of("source", "notes");
    static final List<String> RULE_REQUIRED = List.of("id", "source", "group", "priority", "meaning", "action");
    static final List<String> RULE_OPTIONAL = List.of("processes", "severities", "contains_any", "notes");

    private final List<Problem> problems;

    InterpretationReader(List<Problem> problems) {
        this.problems = problems;
    }

    List<InterpretationRule> read(Source source) {
        YamlMap file = FileReading.open(source, problems);
        if (file == null) return List.of();
        file.checkKeys(FILE_REQUIRED, FILE_OPTIONAL);
        List<InterpretationRule> rules = new ArrayList<>();
        int index = 0;
        for (YamlMap raw : file.maps("rules")) {
            InterpretationRule r = readRule(raw, ++index);
            if (r != null) rules.add(r);
        }
        return rules;
    }

    private static InterpretationRule readRule(YamlMap raw, int index) {
        String id = raw.text("id");
        YamlMap m = raw.withContext(context("interpretation rule", id, index));
        m.checkKeys(RULE_REQUIRED, RULE_OPTIONAL);
        String source = prose(m.text("source"));
        // Unlike an entry, a generic rule may say "unknown": it is what is said of a message no entry describes.
        Group group = m.choice("group", List.of(Group.values()), Group::key);
        Priority priority = m.choice("priority", List.of(Priority.values()), Priority::key);
        String meaning = prose(m.text("meaning"));
        String action = prose(m.text("action"));
        if (id == null || source == null || group == null || priority == null || meaning == null || action == null) {
            return null;
        }
        return new InterpretationRule(id, source, lowerSet(m.texts("processes")), lowerSet(m.texts("severities")),
                List.copyOf(m.texts("contains_any")), group, priority, meaning, action, m.origin());
    }
}
