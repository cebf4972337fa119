package io.hsmlog.features;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every feature file in {@code features/specs} (on the test class path as the package {@code specs}) with
 * the steps of this package. Settings are in {@code junit-platform.properties}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("specs")
public class SpecsTest {
}
