package io.pactum.rules.risk;

import io.pactum.core.contract.ContractId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One contract's alerts as of a date, its score, and the next date on which any rule's outcome
 * can change if the contract itself does not.
 *
 * <p>Immutable and thread-safe.
 *
 * @param contractId the contract
 * @param asOf the evaluation date
 * @param alerts the alerts, ordered by key
 * @param score the combined score
 * @param nextChange the next date an outcome can change, or {@code null} for never
 */
public record ContractAssessment(ContractId contractId, LocalDate asOf, List<Alert> alerts, ContractRiskScore score,
        @Nullable LocalDate nextChange) {

    /** Checks the components and copies the alerts. */
    public ContractAssessment {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(score, "score");
        alerts = List.copyOf(alerts);
    }

    /** The next date an outcome can change, if any. */
    public Optional<LocalDate> nextChangeDate() {
        return Optional.ofNullable(nextChange);
    }
}
