package io.pactum.rules.risk;

import io.pactum.core.contract.ContractId;
import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A contract's risk score: the sum of its alerts' scores, the worst severity among them, and how
 * many there are. A sum of whole points and a maximum are exact and do not depend on the order
 * of the alerts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param contractId the contract
 * @param points the sum of the alerts' scores
 * @param worst the worst severity, or {@code null} without alerts
 * @param alerts the number of alerts
 */
public record ContractRiskScore(ContractId contractId, long points, @Nullable Severity worst, int alerts) {

    /** Checks the components. */
    public ContractRiskScore {
        Objects.requireNonNull(contractId, "contractId");
    }

    /**
     * Combines a contract's alerts.
     *
     * @param contractId the contract
     * @param alerts its alerts, in any order
     * @return the score
     * @throws IllegalArgumentException when an alert is about another contract
     */
    public static ContractRiskScore of(ContractId contractId, Collection<Alert> alerts) {
        long points = 0;
        Severity worst = null;
        for (Alert a : alerts) {
            if (!contractId.equals(a.contractId())) {
                throw new IllegalArgumentException("alert " + a.key() + " is not about " + contractId.value());
            }
            points += a.score();
            if (worst == null || a.severity().compareTo(worst) > 0) {
                worst = a.severity();
            }
        }
        return new ContractRiskScore(contractId, points, worst, alerts.size());
    }
}
