package io.pactum.core.clause;

import io.pactum.core.internal.Checks;

/**
 * The stable identifier of a clause in a library, for example {@code payment.milestones}: 1 to 64
 * letters, digits and {@code . _ : -}. It never changes across versions of the clause.
 *
 * @param value the identifier text
 */
public record ClauseId(String value) {

    /** Checks the identifier's form. */
    public ClauseId {
        Checks.id(value, "clauseId");
    }

    /** The identifier for a text. */
    public static ClauseId of(String value) {
        return new ClauseId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
