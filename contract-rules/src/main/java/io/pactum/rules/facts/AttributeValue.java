package io.pactum.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A typed value: a custom attribute of a contract, or a literal in a condition. Closed: text,
 * exact number, flag or date. Immutable and thread-safe; never {@code null}.
 */
public sealed interface AttributeValue {

    /** A text value. */
    static AttributeValue text(String value) {
        return new Text(value);
    }

    /** An exact number. */
    static AttributeValue number(BigDecimal value) {
        return new Number(value);
    }

    /** A flag. */
    static AttributeValue flag(boolean value) {
        return new Flag(value);
    }

    /** A date. */
    static AttributeValue date(LocalDate value) {
        return new Date(value);
    }

    /** The value as readable text, for explanations. */
    String display();

    /**
     * A text value.
     *
     * @param value the text
     */
    record Text(String value) implements AttributeValue {
        /** Checks the value. */
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String display() {
            return value;
        }
    }

    /**
     * An exact number; equality ignores the scale ({@code 1.0} equals {@code 1}).
     *
     * @param value the number
     */
    record Number(BigDecimal value) implements AttributeValue {
        /** Checks the value and strips trailing zeros so that equal numbers are equal values. */
        public Number {
            Objects.requireNonNull(value, "value");
            value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        }

        @Override
        public String display() {
            return value.toPlainString();
        }
    }

    /**
     * A flag.
     *
     * @param value the flag
     */
    record Flag(boolean value) implements AttributeValue {
        @Override
        public String display() {
            return Boolean.toString(value);
        }
    }

    /**
     * A date.
     *
     * @param value the date
     */
    record Date(LocalDate value) implements AttributeValue {
        /** Checks the value. */
        public Date {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String display() {
            return value.toString();
        }
    }
}
