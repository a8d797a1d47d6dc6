package io.pactum.examples.quickstart.ledger;

import io.pactum.core.contract.ContractStatus;
import io.pactum.core.money.Money;
import java.util.Objects;

/**
 * One row of the ledger: a contract as the host's runtime holds it.
 *
 * @param id the contract id; obligations refer to it
 * @param number the contract number shown to people, e.g. {@code SC-2026-000101}
 * @param title the title
 * @param type the contract type id
 * @param counterparty the counterparty's name
 * @param value the contract value
 * @param status the lifecycle status now
 */
public record LedgerContract(String id, String number, String title, String type, String counterparty, Money value,
        ContractStatus status) {

    /** Checks that nothing is missing. */
    public LedgerContract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(counterparty, "counterparty");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
    }
}
