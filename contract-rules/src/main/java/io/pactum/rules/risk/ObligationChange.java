package io.pactum.rules.risk;

import io.pactum.core.contract.ContractId;
import java.util.Objects;

/**
 * A change to one obligation of a watched contract, as a host's change feed delivers it (a payment
 * recorded, a delivery accepted, a due date moved), for {@link RiskMonitor#putObligations}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param contractId the contract the obligation belongs to
 * @param obligation the obligation's new state, matched by its id within the contract (an id the
 *     contract does not have yet adds the obligation)
 */
public record ObligationChange(ContractId contractId, ObligationSnapshot obligation) {

    /** Checks the components. */
    public ObligationChange {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(obligation, "obligation");
    }
}
