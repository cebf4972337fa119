package io.hsmlog.features;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every feature file in {@code features/specs} with the steps of this package; settings are in
 * {@code junit-platform.properties}. The files are read where staff edit them (Maven runs tests in the module's
 * directory), so a feature deleted or renamed there is gone from the next run too.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("specs")
public class SpecsTest {
}
