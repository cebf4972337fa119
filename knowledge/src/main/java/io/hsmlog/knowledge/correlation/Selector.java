package io.hsmlog.knowledge.correlation;

import io.hsmlog.knowledge.Origin;
import io.hsmlog.knowledge.Priority;

import java.util.List;

/**
 * Which assessed lines a step stands for. Every test given must hold; a selector gives at least one of
 * {@code entries}, {@code source} and {@code trap}.
 *
 * @param entries     ids of the entries the line may have matched; empty for any
 * @param source      the line's source ({@code syslog}, {@code snmp-trap}, {@code snmp-walk}), or null for any
 * @param trap        when true, the trap agent sends a trap for the line; null for no such test
 * @param component   the component of the line's entry, or null for any
 * @param minPriority the line's assessment must be at least this urgent, or null for any
 * @param conditions  tests on the line's fields and attributes
 */
public record Selector(List<String> entries, String source, Boolean trap, String component, Priority minPriority,
                       List<Condition> conditions, Origin origin) {

    public Selector {
        entries = List.copyOf(entries);
        conditions = List.copyOf(conditions);
    }
}
