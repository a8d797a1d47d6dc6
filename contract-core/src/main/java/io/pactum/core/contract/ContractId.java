package io.pactum.core.contract;

import io.pactum.core.internal.Checks;

/**
 * The identifier of a contract: 1 to 64 letters, digits and {@code . _ : -}.
 *
 * @param value the identifier text
 */
public record ContractId(String value) {

    /** Checks the identifier's form. */
    public ContractId {
        Checks.id(value, "contractId");
    }

    /** The identifier for a text. */
    public static ContractId of(String value) {
        return new ContractId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
