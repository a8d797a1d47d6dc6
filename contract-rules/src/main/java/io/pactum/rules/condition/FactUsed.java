package io.pactum.rules.condition;

import java.util.Objects;

/**
 * One fact that made a condition true: the field, its actual value, and the test it passed.
 * Immutable and thread-safe.
 *
 * @param field the field path, for example {@code amount}
 * @param actual the actual value as text, for example {@code 1200000.00 CNY}
 * @param test the test it passed, for example {@code amount >= 1000000}
 */
public record FactUsed(String field, String actual, String test) {

    /** Checks the components. */
    public FactUsed {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(test, "test");
    }

    @Override
    public String toString() {
        return test + " (" + field + " = " + actual + ")";
    }
}
