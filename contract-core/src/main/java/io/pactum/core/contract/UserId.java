package io.pactum.core.contract;

import io.pactum.core.internal.Checks;

/**
 * The identifier of a user (a person who acts: owner, submitter, approver): 1 to 64 letters, digits and {@code . _ : -}.
 *
 * @param value the identifier text
 */
public record UserId(String value) {

    /** Checks the identifier's form. */
    public UserId {
        Checks.id(value, "userId");
    }

    /** The identifier for a text. */
    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
