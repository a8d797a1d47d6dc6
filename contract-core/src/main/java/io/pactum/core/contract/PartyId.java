package io.pactum.core.contract;

import io.pactum.core.internal.Checks;

/**
 * The identifier of a party: 1 to 64 letters, digits and {@code . _ : -}.
 *
 * @param value the identifier text
 */
public record PartyId(String value) {

    /** Checks the identifier's form. */
    public PartyId {
        Checks.id(value, "partyId");
    }

    /** The identifier for a text. */
    public static PartyId of(String value) {
        return new PartyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
