package io.pactum.core.template;

import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The values given for a template's variables, by name. Immutable and thread-safe; build one with
 * {@link #builder()}.
 *
 * @param values the values by variable name
 */
public record VariableValues(Map<String, VariableValue> values) {

    /** Copies the map. */
    public VariableValues {
        values = Map.copyOf(values);
    }

    /** No values. */
    public static VariableValues none() {
        return new VariableValues(Map.of());
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The value of a variable. */
    public Optional<VariableValue> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** These values with one more (or one replaced). */
    public VariableValues with(String name, VariableValue value) {
        Map<String, VariableValue> copy = new LinkedHashMap<>(values);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new VariableValues(copy);
    }

    /** These values without one. */
    public VariableValues without(String name) {
        Map<String, VariableValue> copy = new LinkedHashMap<>(values);
        copy.remove(name);
        return new VariableValues(copy);
    }

    /** Collects values; not thread-safe. */
    public static final class Builder {
        private final Map<String, VariableValue> values = new LinkedHashMap<>();

        private Builder() {
        }

        /** Sets a value. */
        public Builder put(String name, VariableValue value) {
            values.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Sets a text value. */
        public Builder text(String name, String value) {
            return put(name, VariableValue.text(value));
        }

        /** Sets an integer value. */
        public Builder integer(String name, long value) {
            return put(name, VariableValue.integer(value));
        }

        /** Sets a decimal value from its text. */
        public Builder decimal(String name, String value) {
            return put(name, VariableValue.decimal(value));
        }

        /** Sets a money value. */
        public Builder money(String name, Money value) {
            return put(name, VariableValue.money(value));
        }

        /** Sets a percentage from the number of percent. */
        public Builder percent(String name, String value) {
            return put(name, VariableValue.percent(value));
        }

        /** Sets a date value. */
        public Builder date(String name, LocalDate value) {
            return put(name, VariableValue.date(value));
        }

        /** Sets a duration value. */
        public Builder duration(String name, Period value) {
            return put(name, VariableValue.duration(value));
        }

        /** Sets a boolean value. */
        public Builder bool(String name, boolean value) {
            return put(name, VariableValue.bool(value));
        }

        /** Sets a party value. */
        public Builder party(String name, PartyDetails value) {
            return put(name, VariableValue.party(value));
        }

        /** Sets a list of records. */
        public Builder list(String name, List<Map<String, VariableValue>> rows) {
            return put(name, VariableValue.list(rows));
        }

        /** The values. */
        public VariableValues build() {
            return new VariableValues(values);
        }
    }
}
