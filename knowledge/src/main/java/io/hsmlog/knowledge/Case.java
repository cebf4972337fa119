package io.hsmlog.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A condition under which an entry's priority, action or meaning differ from its defaults.
 *
 * @param assertion  when non-null, the event must be an assert ({@code true}) or a de-assert ({@code false})
 * @param severities when non-empty, the syslog severity must be one of these
 * @param fields     captured field name to the values it may have
 * @param priority   the priority instead, or null
 * @param action     the action instead, or null
 * @param meaning    the meaning instead, or null
 */
public record Case(Boolean assertion, Set<String> severities, Map<String, List<String>> fields,
                   Priority priority, String action, String meaning, Origin origin) {
}
