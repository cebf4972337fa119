package io.hsmlog.knowledge.correlation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A test on one attribute of an assessed line: a captured field ({@code sensor}, {@code threshold_kind},
 * {@code assert}...) or one of the attributes every line has ({@link Attributes}).
 *
 * @param values the accepted values for {@link Op#EQUALS} (any of them), the single text for
 *               {@link Op#STARTS_WITH} and {@link Op#MENTIONS}; empty for the numeric tests
 * @param number the bound for {@link Op#AT_MOST} and {@link Op#AT_LEAST}; null otherwise
 */
public record Condition(String attribute, Op op, List<String> values, BigDecimal number) {

    /** How the attribute is tested. */
    public enum Op {
        /** Equal to one of the values. */
        EQUALS,
        /** Starts with the text. */
        STARTS_WITH,
        /** Contains the text. */
        MENTIONS,
        /** A number no greater than the bound. */
        AT_MOST,
        /** A number no less than the bound. */
        AT_LEAST
    }

    public Condition {
        values = List.copyOf(values);
    }
}
