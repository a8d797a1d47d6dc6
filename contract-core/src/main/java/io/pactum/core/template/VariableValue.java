package io.pactum.core.template;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The value of one template variable. A closed set of plain data types: rendering reads these
 * values and nothing else, never calls methods of host objects.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface VariableValue {

    /** The variable type this value is naturally of; {@link #kind()} and {@link #fits} derive from it. */
    VariableType type();

    /** Whether this value fits a variable of the type: by default only its own {@link #type()}. */
    default boolean fits(VariableType type) {
        return type == type();
    }

    /** A short name of the value's kind for messages ("text", "money"...): its type in lower case. */
    default String kind() {
        return type().name().toLowerCase(Locale.ROOT);
    }

    /** A text, for {@code string}, {@code text} and {@code enum} variables. */
    static VariableValue text(String value) {
        return new Text(value);
    }

    /** A whole number. */
    static VariableValue integer(long value) {
        return new IntegerNumber(value);
    }

    /** A decimal number from its text, for example {@code "2.5"}. */
    static VariableValue decimal(String value) {
        return new DecimalNumber(number(value));
    }

    /** An amount of money. */
    static VariableValue money(Money value) {
        return new MoneyAmount(value);
    }

    /** A percentage from the number of percent, for example {@code "5"} for 5%. */
    static VariableValue percent(String value) {
        return new Percentage(number(value));
    }

    /**
     * A decimal number from its text.
     *
     * @throws PactumException {@link CoreError#MALFORMED_AMOUNT} when the text is not a decimal number
     */
    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(Objects.requireNonNull(text, "value"));
        } catch (NumberFormatException e) {
            throw new PactumException(CoreError.MALFORMED_AMOUNT, "", "\"" + text + "\" is not a decimal number", e);
        }
    }

    /** A date. */
    static VariableValue date(LocalDate value) {
        return new DateValue(value);
    }

    /** A length of time. */
    static VariableValue duration(Period value) {
        return new DurationValue(value);
    }

    /** Yes or no. */
    static VariableValue bool(boolean value) {
        return new Flag(value);
    }

    /** A party. */
    static VariableValue party(PartyDetails value) {
        return new PartyValue(value);
    }

    /** A list of records, each a map from field name to value. */
    static VariableValue list(List<Map<String, VariableValue>> rows) {
        return new Rows(rows);
    }

    /** A text value. @param value the text */
    record Text(String value) implements VariableValue {
        /** Checks for null. */
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean fits(VariableType type) {
            return type == VariableType.STRING || type == VariableType.TEXT || type == VariableType.ENUM;
        }

        @Override
        public VariableType type() {
            return VariableType.TEXT;
        }
    }

    /** A whole number. @param value the number */
    record IntegerNumber(long value) implements VariableValue {
        @Override
        public boolean fits(VariableType type) {
            return type == VariableType.INTEGER || type == VariableType.DECIMAL;
        }

        @Override
        public VariableType type() {
            return VariableType.INTEGER;
        }
    }

    /** A decimal number. @param value the number */
    record DecimalNumber(BigDecimal value) implements VariableValue {
        /** Checks for null. */
        public DecimalNumber {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public VariableType type() {
            return VariableType.DECIMAL;
        }
    }

    /** An amount of money. @param value the amount */
    record MoneyAmount(Money value) implements VariableValue {
        /** Checks for null. */
        public MoneyAmount {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public VariableType type() {
            return VariableType.MONEY;
        }
    }

    /** A percentage. @param value the number of percent, {@code 5} for 5% */
    record Percentage(BigDecimal value) implements VariableValue {
        /** Checks for null. */
        public Percentage {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public VariableType type() {
            return VariableType.PERCENT;
        }
    }

    /** A date. @param value the date */
    record DateValue(LocalDate value) implements VariableValue {
        /** Checks for null. */
        public DateValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public VariableType type() {
            return VariableType.DATE;
        }
    }

    /** A length of time. @param value the period, not negative */
    record DurationValue(Period value) implements VariableValue {
        /** Checks that the period is not negative. */
        public DurationValue {
            Objects.requireNonNull(value, "value");
            if (value.isNegative()) {
                throw new PactumException(CoreError.OUT_OF_RANGE, "", "a duration cannot be negative: " + value);
            }
        }

        @Override
        public VariableType type() {
            return VariableType.DURATION;
        }
    }

    /** Yes or no. @param value the flag */
    record Flag(boolean value) implements VariableValue {
        @Override
        public VariableType type() {
            return VariableType.BOOLEAN;
        }
    }

    /** A party. @param value the party's details */
    record PartyValue(PartyDetails value) implements VariableValue {
        /** Checks for null. */
        public PartyValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public VariableType type() {
            return VariableType.PARTY;
        }
    }

    /** A list of records. @param rows the records in order, each a map from field name to value */
    record Rows(List<Map<String, VariableValue>> rows) implements VariableValue {
        /** Copies the rows. */
        public Rows {
            rows = rows.stream().map(Map::copyOf).toList();
        }

        @Override
        public VariableType type() {
            return VariableType.LIST;
        }
    }
}
