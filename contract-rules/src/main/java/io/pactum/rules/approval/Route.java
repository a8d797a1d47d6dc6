package io.pactum.rules.approval;

import io.pactum.core.contract.ContractId;
import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The approval route of one contract: stages in sequence, each explained. Immutable and thread-safe.
 *
 * @param policyId the policy
 * @param policyVersion the effective date of the policy version used
 * @param contract the contract
 * @param amount the contract amount in the policy's currency
 * @param stages the stages, at least one
 */
public record Route(String policyId, LocalDate policyVersion, ContractId contract, Money amount,
        List<RouteStage> stages) {

    /** Copies and checks. */
    public Route {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(amount, "amount");
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a route has at least one stage");
        }
    }

    /** The stage names, in order. */
    public List<String> stageNames() {
        return stages.stream().map(RouteStage::name).collect(Collectors.toList());
    }

    /** The stage with a name, if on the route. */
    public java.util.Optional<RouteStage> stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
