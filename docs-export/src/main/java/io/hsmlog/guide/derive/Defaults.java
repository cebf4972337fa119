package io.hsmlog.guide.derive;

import java.util.List;

/**
 * Priority and action for a draft entry, from the group the guide puts the message in and its severity,
 * in the words knowledge/README.md lists. Curation refines them; these are never placeholders.
 */
final class Defaults {

    static final String SUPPORT = "Contact Thales Technical Support to report the message and seek guidance on "
            + "what to do next.";
    static final String DOCUMENTATION = "Consult the user documentation for guidance on how to correct the problem.";
    static final String REVIEW = "Review within the context of any administrative or maintenance activities "
            + "carried out on the appliance.";

    private Defaults() {
    }

    record Advice(String priority, String action, List<DraftEntry.DraftCase> cases) {
    }

    /**
     * @param groupIntro the paragraph under the group heading: NTLS and LunaSH send the reader to the
     *                   user documentation rather than to Thales support
     */
    static Advice of(String group, String severity, String event, String message, String groupIntro) {
        int rank = Severity.rank(severity);
        boolean documentation = groupIntro != null && groupIntro.contains("consult the user documentation");
        String unexpectedAction = documentation ? DOCUMENTATION : SUPPORT;
        if (group == null) {
            return byRank(rank, "No action: an informational message.");
        }
        return switch (group) {
            case "expected" -> rank >= 2
                    ? new Advice(rank == 3 ? "high" : "medium", REVIEW, List.of())
                    : new Advice("info", "No action: an expected message of normal operation.", List.of());
            case "insignificant" -> new Advice("info", "No action: a start-up notice of normal operation.", List.of());
            case "debug" -> new Advice("info",
                    "No action: a debug message; Thales does not enable debug logging.", List.of());
            case "significant" -> significant(event, message);
            default -> new Advice(rank >= 2 ? "high" : "medium", unexpectedAction, List.of());
        };
    }

    private static Advice significant(String event, String message) {
        if (event == null) {
            return new Advice("medium", REVIEW, List.of());
        }
        String priority = message.contains("Non-recoverable") ? "critical"
                : message.contains("Critical") || message.contains("Failure") ? "high" : "medium";
        String back = "threshold".equals(event)
                ? "No action: the reading is back within its threshold."
                : "No action: the condition is de-asserted.";
        return new Advice(priority, REVIEW, List.of(new DraftEntry.DraftCase(false, "low", back)));
    }

    private static Advice byRank(int rank, String noAction) {
        return switch (rank) {
            case 3 -> new Advice("high", SUPPORT, List.of());
            case 2 -> new Advice("medium", SUPPORT, List.of());
            case 1 -> new Advice("low", REVIEW, List.of());
            default -> new Advice("info", noAction, List.of());
        };
    }
}
