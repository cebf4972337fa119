package io.hsmlog.knowledge.validate;

import io.hsmlog.knowledge.Knowledge;

import java.util.List;

/**
 * One semantic rule the knowledge must follow. Checks add what they find to {@code problems} rather than
 * throw, so a single load reports every problem at once.
 */
@FunctionalInterface
public interface KnowledgeCheck {
    void check(Knowledge knowledge, List<Problem> problems);
}
