package io.pactum.core.contract;

import io.pactum.core.internal.Checks;

/**
 * The identifier of a contract type: 1 to 64 letters, digits and {@code . _ : -}.
 *
 * @param value the identifier text
 */
public record ContractTypeId(String value) {

    /** Checks the identifier's form. */
    public ContractTypeId {
        Checks.id(value, "contractTypeId");
    }

    /** The identifier for a text. */
    public static ContractTypeId of(String value) {
        return new ContractTypeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
