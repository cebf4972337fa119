package io.hsmlog.features;

import io.cucumber.java.en.When;

/** "When ...": the engine assesses what the scenario gave. (A "Then" step assesses first if no "When" did.) */
public class AssessSteps {

    @When("it/they is/are assessed")
    public void assessed() {
        ScenarioState.current().assess();
    }

    @When("the line/lines/walk/trap is/are assessed")
    public void theInputIsAssessed() {
        ScenarioState.current().assess();
    }
}
