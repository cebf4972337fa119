package io.hsmlog.features;

import io.cucumber.java.Before;

/** Starts every scenario with nothing given. */
public class ScenarioHooks {

    @Before
    public void forgetThePreviousScenario() {
        ScenarioState.reset();
    }
}
