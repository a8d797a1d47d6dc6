package io.pactum.core.obligation;

import io.pactum.core.contract.ContractId;
import io.pactum.core.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of scheduling a plan: every obligation, dated or pending, in plan order then
 * occurrence order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param contractId the contract
 * @param obligations the scheduled obligations
 */
public record Schedule(ContractId contractId, List<ScheduledObligation> obligations) {

    /** Copies the list. */
    public Schedule {
        Objects.requireNonNull(contractId, "contractId");
        obligations = List.copyOf(obligations);
    }

    /** The obligation with {@code key}. */
    public Optional<ScheduledObligation> find(String key) {
        return obligations.stream().filter(o -> o.key().equals(key)).findFirst();
    }

    /** The obligations that have a due date. */
    public List<ScheduledObligation> dated() {
        return obligations.stream().filter(o -> !o.isPending()).collect(Collectors.toUnmodifiableList());
    }

    /** The obligations that wait for an event. */
    public List<ScheduledObligation> pending() {
        return obligations.stream().filter(ScheduledObligation::isPending).collect(Collectors.toUnmodifiableList());
    }

    /** The sum of the amounts of the obligations of one kind (for example {@code PAYMENT_IN}). */
    public Money total(ObligationKind kind, java.util.Currency currency) {
        return Money.sum(obligations.stream().filter(o -> o.definition().kind() == kind && o.amount() != null)
                .map(ScheduledObligation::amount).collect(Collectors.toList()), currency);
    }
}
