package io.pactum.rules.condition;

import java.util.Optional;

/** The operators of a field test, with their JSON names. */
public enum Operator {
    /** Equal. */
    EQ("eq", "=="),
    /** Not equal (false when the value is absent). */
    NE("ne", "!="),
    /** Less than. */
    LT("lt", "<"),
    /** Less than or equal. */
    LTE("lte", "<="),
    /** Greater than. */
    GT("gt", ">"),
    /** Greater than or equal. */
    GTE("gte", ">="),
    /** One of the listed values. */
    IN("in", "in"),
    /** Half-open range: {@code from <= value < to}, so adjacent bands meet without overlap. */
    BETWEEN("between", "between"),
    /** A set contains the value. */
    CONTAINS("contains", "contains"),
    /** The value is present (a set: not empty). */
    PRESENT("present", "present");

    private final String jsonName;
    private final String symbol;

    Operator(String jsonName, String symbol) {
        this.jsonName = jsonName;
        this.symbol = symbol;
    }

    /** The name in JSON, for example {@code gte}. */
    public String jsonName() {
        return jsonName;
    }

    /** The symbol in explanations, for example {@code >=}. */
    public String symbol() {
        return symbol;
    }

    /** The number of literal values the operator takes: -1 for one or more. */
    public int arity() {
        if (this == IN) {
            return -1;
        }
        if (this == BETWEEN) {
            return 2;
        }
        return this == PRESENT ? 0 : 1;
    }

    /** The operator for a JSON name. */
    public static Optional<Operator> byJsonName(String name) {
        for (Operator op : values()) {
            if (op.jsonName.equals(name)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
