package io.hsmlog.knowledge;

import java.util.List;
import java.util.Set;

/**
 * A rule of Chapter 1 "Interpreting Logs", applied to messages no entry describes. Rules apply in file order;
 * the first whose conditions all hold wins.
 *
 * @param processes   process names it applies to, lower case; empty for any
 * @param severities  syslog severities it applies to; empty for any
 * @param containsAny texts the message must contain one of (case-insensitive); empty for no such condition
 */
public record InterpretationRule(String id, String source, Set<String> processes, Set<String> severities,
                                 List<String> containsAny, Group group, Priority priority, String meaning,
                                 String action, Origin origin) {
}
