package io.hsmlog.knowledge.load;

import java.util.List;

/**
 * The files of one knowledge directory: the built-in knowledge, or one user directory. Ids must be unique within
 * a layer; a later layer overrides an earlier one.
 *
 * @param sensors        sensors.yaml, or null when the layer has none
 * @param trapRules      trap-rules.yaml, or null
 * @param interpretation interpretation.yaml, or null
 * @param correlationFiles the correlations/*.yaml files
 */
record Layer(List<Source> entryFiles, Source sensors, Source trapRules, Source interpretation,
             List<Source> correlationFiles) {
}
