package io.pactum.rules.condition;

import io.pactum.rules.facts.AttributeValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A condition over contract facts, as data: a field test, or {@code and}/{@code or}/{@code not}
 * of conditions. The grammar is closed; field paths and value types are checked against a
 * {@link FieldCatalog} when the condition is read from JSON or compiled.
 *
 * <p>Immutable and thread-safe; lists are copied.
 */
public sealed interface Condition {

    /** All of the conditions hold. */
    static Condition and(Condition... conditions) {
        return new And(Arrays.asList(conditions));
    }

    /** At least one of the conditions holds. */
    static Condition or(Condition... conditions) {
        return new Or(Arrays.asList(conditions));
    }

    /** The condition does not hold. */
    static Condition not(Condition condition) {
        return new Not(condition);
    }

    /** A field test with literal values. */
    static Condition test(String field, Operator op, AttributeValue... values) {
        return new Test(field, op, Arrays.asList(values));
    }

    /** {@code field == text}. */
    static Condition eq(String field, String text) {
        return test(field, Operator.EQ, AttributeValue.text(text));
    }

    /** {@code field in texts}. */
    static Condition in(String field, String... texts) {
        return new Test(field, Operator.IN, Arrays.stream(texts).map(AttributeValue::text).collect(Collectors.toList()));
    }

    /** A numeric or money comparison such as {@code amount >= 1000000}. */
    static Condition compare(String field, Operator op, String number) {
        return test(field, op, AttributeValue.number(new BigDecimal(number)));
    }

    /** {@code from <= field < to} for numbers and money. */
    static Condition between(String field, String from, String to) {
        return test(field, Operator.BETWEEN, AttributeValue.number(new BigDecimal(from)),
                AttributeValue.number(new BigDecimal(to)));
    }

    /** {@code set contains name}. */
    static Condition contains(String field, String name) {
        return test(field, Operator.CONTAINS, AttributeValue.text(name));
    }

    /** {@code field == flag}. */
    static Condition is(String field, boolean flag) {
        return test(field, Operator.EQ, AttributeValue.flag(flag));
    }

    /**
     * All of the conditions hold.
     *
     * @param conditions the conditions, at least one (checked when compiled)
     */
    record And(List<Condition> conditions) implements Condition {
        /** Copies the list. */
        public And {
            conditions = List.copyOf(conditions);
        }

        @Override
        public String toString() {
            return conditions.stream().map(Object::toString).collect(Collectors.joining(" and ", "(", ")"));
        }
    }

    /**
     * At least one of the conditions holds.
     *
     * @param conditions the conditions, at least one (checked when compiled)
     */
    record Or(List<Condition> conditions) implements Condition {
        /** Copies the list. */
        public Or {
            conditions = List.copyOf(conditions);
        }

        @Override
        public String toString() {
            return conditions.stream().map(Object::toString).collect(Collectors.joining(" or ", "(", ")"));
        }
    }

    /**
     * The condition does not hold.
     *
     * @param condition the negated condition
     */
    record Not(Condition condition) implements Condition {
        /** Checks the component. */
        public Not {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public String toString() {
            return "not " + condition;
        }
    }

    /**
     * A test of one field against literal values.
     *
     * @param field the field path, for example {@code amount} or {@code attributes.projectCode}
     * @param op the operator
     * @param values the literals: none for {@code present}, two for {@code between}, one or more
     *     for {@code in}, one otherwise (checked when compiled)
     */
    record Test(String field, Operator op, List<AttributeValue> values) implements Condition {
        /** Checks the components and copies the values. */
        public Test {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(op, "op");
            values = List.copyOf(values);
        }

        @Override
        public String toString() {
            if (op == Operator.PRESENT) {
                return field + " present";
            }
            if (op == Operator.BETWEEN && values.size() == 2) {
                return values.get(0).display() + " <= " + field + " < " + values.get(1).display();
            }
            if (op == Operator.IN) {
                return field + " in " + values.stream().map(AttributeValue::display)
                        .collect(Collectors.joining(", ", "[", "]"));
            }
            return field + " " + op.symbol() + " " + values.stream().map(AttributeValue::display)
                    .collect(Collectors.joining(", "));
        }
    }
}
