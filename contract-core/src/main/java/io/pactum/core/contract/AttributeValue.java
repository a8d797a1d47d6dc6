package io.pactum.core.contract;

import io.pactum.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The value of a custom attribute, in one of four JSON-shaped forms. What a value means (a date,
 * an enum constant, a party reference) is said by the attribute's
 * {@link io.pactum.core.contract.type.FieldDefinition} in the contract type, which also checks it.
 * Dates and enum constants are therefore {@link TextValue}s (ISO dates, constant names).
 */
public sealed interface AttributeValue {

    /** A text value. */
    static AttributeValue text(String value) {
        return new TextValue(value);
    }

    /** A date, held as its ISO text. */
    static AttributeValue date(LocalDate value) {
        return new TextValue(value.toString());
    }

    /** An exact number. */
    static AttributeValue number(BigDecimal value) {
        return new NumberValue(value);
    }

    /** A whole number. */
    static AttributeValue number(long value) {
        return new NumberValue(BigDecimal.valueOf(value));
    }

    /** A boolean. */
    static AttributeValue flag(boolean value) {
        return new BooleanValue(value);
    }

    /** An amount of money. */
    static AttributeValue amount(Money value) {
        return new MoneyValue(value);
    }

    /** A text value: strings, texts, dates, enum constants, party references. @param value the text */
    record TextValue(String value) implements AttributeValue {
        /** Checks presence. */
        public TextValue {
            Objects.requireNonNull(value, "value");
        }
    }

    /** An exact number. @param value the number, at the scale written */
    record NumberValue(BigDecimal value) implements AttributeValue {
        /** Checks presence. */
        public NumberValue {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A boolean. @param value the flag */
    record BooleanValue(boolean value) implements AttributeValue {
    }

    /** An amount of money. @param value the amount */
    record MoneyValue(Money value) implements AttributeValue {
        /** Checks presence. */
        public MoneyValue {
            Objects.requireNonNull(value, "value");
        }
    }
}
