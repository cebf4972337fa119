package io.hsmlog.features;

import io.cucumber.java.en.Then;
import io.hsmlog.engine.Finding;
import io.hsmlog.knowledge.Priority;

import java.util.List;
import java.util.stream.Collectors;

/** "Then ...": incidents, the sequences of lines a correlation joins (knowledge/correlations). */
public class IncidentSteps {

    @Then("an incident of kind {string} joins lines {int} and {int}")
    public void anIncidentJoinsLines(String kind, int first, int second) {
        joining(kind, List.of((long) first, (long) second));
    }

    @Then("an incident of kind {string} is reported for line {int}")
    public void anIncidentIsReportedForLine(String kind, int line) {
        joining(kind, List.of((long) line));
    }

    @Then("an incident of kind {string} is reported")
    public void anIncidentIsReported(String kind) {
        joining(kind, List.of());
    }

    @Then("no incident of kind {string} is reported")
    public void noIncidentOfKindIsReported(String kind) {
        List<Finding> found = ScenarioState.current().incidents().stream().filter(f -> f.rule().equals(kind)).toList();
        if (!found.isEmpty()) {
            throw new AssertionError("Expected no incident of kind \"" + kind + "\", but it was reported:\n" + describe(found));
        }
    }

    @Then("no incident is reported")
    public void noIncidentIsReported() {
        List<Finding> found = ScenarioState.current().incidents();
        if (!found.isEmpty()) {
            throw new AssertionError("Expected no incident, but these were reported:\n" + describe(found));
        }
    }

    @Then("the incident of kind {string} has priority {string}")
    public void theIncidentHasPriority(String kind, String priority) {
        Priority expected = Priority.fromKey(priority);
        Finding f = only(kind);
        if (f.priority() != expected) {
            throw new AssertionError("Expected the incident of kind \"" + kind + "\" to have priority \"" + expected.key()
                    + "\", but it was assessed \"" + f.priority().key() + "\".\n" + describe(List.of(f)));
        }
    }

    @Then("the incident of kind {string} says {string}")
    public void theIncidentSays(String kind, String text) {
        Finding f = only(kind);
        if (!Prose.contains(f.summary(), text)) {
            throw new AssertionError("Expected the incident of kind \"" + kind + "\" to say \"" + text
                    + "\", but its summary is \"" + f.summary() + "\".\n" + describe(List.of(f)));
        }
    }

    private static void joining(String kind, List<Long> lines) {
        List<Finding> all = ScenarioState.current().incidents();
        boolean found = all.stream().anyMatch(f -> f.rule().equals(kind) && f.lines().containsAll(lines));
        if (!found) {
            String which = lines.isEmpty() ? "" : lines.size() == 1 ? " for line " + lines.get(0)
                    : " joining lines " + lines.stream().map(String::valueOf).collect(Collectors.joining(" and "));
            throw new AssertionError("Expected an incident of kind \"" + kind + "\"" + which + ", but "
                    + (all.isEmpty() ? "no incident was reported." : "the incidents reported were:\n" + describe(all)));
        }
    }

    private static Finding only(String kind) {
        List<Finding> found = ScenarioState.current().incidents().stream().filter(f -> f.rule().equals(kind)).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected one incident of kind \"" + kind + "\", but " + found.size()
                    + " were reported:\n" + describe(ScenarioState.current().incidents()));
        }
        return found.get(0);
    }

    private static String describe(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append("  ").append(f.rule()).append(" (").append(f.title()).append("), priority ").append(f.priority().key())
                    .append(", lines ").append(f.lines()).append(f.open() ? ", still open at the end of input" : "")
                    .append(": ").append(Mismatch.printable(f.summary())).append('\n');
        }
        return sb.toString();
    }
}
