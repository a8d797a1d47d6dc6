package io.pactum.examples.quickstart.ledger;

import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the ledger shows, as of one date. Immutable; the lists keep their order.
 *
 * @param title the page title, e.g. {@code 合同台账 2026}
 * @param asOf the date the live statuses are computed for
 * @param contracts the contracts
 * @param obligations their obligations; each names a contract of {@code contracts} and pays in its currency
 * @param reminders reminders sent
 * @param alerts alerts raised
 */
public record Ledger(String title, LocalDate asOf, List<LedgerContract> contracts, List<LedgerObligation> obligations,
        List<SentReminder> reminders, List<RaisedAlert> alerts) {

    /** Copies the lists and checks that every obligation belongs to a listed contract. */
    public Ledger {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asOf, "asOf");
        contracts = List.copyOf(contracts);
        obligations = List.copyOf(obligations);
        reminders = List.copyOf(reminders);
        alerts = List.copyOf(alerts);
        Map<String, LedgerContract> byId = new HashMap<>();
        for (LedgerContract c : contracts) {
            if (byId.put(c.id(), c) != null) {
                throw new IllegalArgumentException("contract " + c.id() + " is listed twice");
            }
        }
        for (LedgerObligation o : obligations) {
            LedgerContract c = byId.get(o.contractId());
            if (c == null) {
                throw new IllegalArgumentException("obligation " + o.key() + " names unknown contract " + o.contractId());
            }
            // One currency per contract keeps every row of the ledger a single sum.
            Money amount = o.amount();
            if (amount != null && !amount.currency().equals(c.value().currency())) {
                throw new IllegalArgumentException("obligation " + o.key() + " is in " + amount.currency()
                        + " but contract " + c.number() + " is in " + c.value().currency());
            }
        }
    }

    /** The obligations of one contract, in ledger order. */
    public List<LedgerObligation> obligationsOf(String contractId) {
        return obligations.stream().filter(o -> o.contractId().equals(contractId)).toList();
    }
}
