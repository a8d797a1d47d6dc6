package io.pactum.rules.condition;

import java.util.EnumSet;
import java.util.Set;

/** The type of a field, which decides the operators that apply and the literals accepted. */
public enum ValueType {
    /** Text compared for equality: ids, names, codes. */
    TEXT(EnumSet.of(Operator.EQ, Operator.NE, Operator.IN, Operator.PRESENT)),
    /** An exact number. */
    NUMBER(EnumSet.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LTE, Operator.GT, Operator.GTE,
            Operator.IN, Operator.BETWEEN, Operator.PRESENT)),
    /** An amount of money, compared in the policy's currency; literals are plain decimals. */
    MONEY(EnumSet.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LTE, Operator.GT, Operator.GTE,
            Operator.BETWEEN, Operator.PRESENT)),
    /** A date. */
    DATE(EnumSet.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LTE, Operator.GT, Operator.GTE,
            Operator.BETWEEN, Operator.PRESENT)),
    /** A flag. */
    BOOLEAN(EnumSet.of(Operator.EQ, Operator.NE, Operator.PRESENT)),
    /** A {@link io.pactum.core.contract.Direction} by constant name. */
    DIRECTION(EnumSet.of(Operator.EQ, Operator.NE, Operator.IN)),
    /** A {@link io.pactum.rules.facts.RiskLevel} by constant name, ordered LOW &lt; CRITICAL. */
    RISK_LEVEL(EnumSet.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LTE, Operator.GT, Operator.GTE,
            Operator.IN, Operator.BETWEEN)),
    /** A set of names, such as clause categories; tested with {@code contains} and {@code present} (non-empty). */
    TEXT_SET(EnumSet.of(Operator.CONTAINS, Operator.PRESENT));

    private final Set<Operator> operators;

    ValueType(Set<Operator> operators) {
        this.operators = operators;
    }

    /** The operators that apply to this type. */
    public Set<Operator> operators() {
        return EnumSet.copyOf(operators);
    }

    /** Whether an operator applies to this type. */
    public boolean supports(Operator op) {
        return operators.contains(op);
    }
}
