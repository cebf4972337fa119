package io.hsmlog.guide.coverage;

import io.hsmlog.engine.Assessment;
import io.hsmlog.guide.read.GuideExample;

import java.util.List;

/**
 * How the engine read one instance of a guide example.
 *
 * @param instance the line assessed (the example with its alternations expanded)
 * @param matching ids of every entry whose pattern matches the line
 * @param problems where the engine disagrees with the guide; empty when it reads the line as the guide says
 */
public record ExampleResult(GuideExample example, String instance, List<String> matching, Assessment assessment,
                            List<String> problems) {
    public boolean resolved() {
        return problems.isEmpty();
    }
}
