package io.hsmlog.knowledge.validate;

import java.util.List;

/**
 * The checks every load runs, each on one layer of knowledge at a time. Missing and unknown keys, values outside
 * their enumeration and patterns that do not compile are reported earlier, by the reader, at their line.
 */
public final class StandardChecks {
    private StandardChecks() {
    }

    public static List<KnowledgeCheck> all() {
        return List.of(
                new DuplicateIdCheck(),
                new IdFormatCheck(),
                new SeverityNameCheck(),
                new EmptyTextCheck(),
                new ThresholdFieldsCheck(),
                new CaseConditionCheck(),
                new TrapRuleCheck(),
                new SensorCheck());
    }
}
