package io.pactum.core.obligation;

import io.pactum.core.contract.ContractId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A contract's obligations while it is carried out: the plan they come from, the contract events
 * known so far (signature, delivery accepted…), every obligation with its lifecycle, and what the
 * runtime has already done about them (reminders handled up to an instant, risk alerts raised and
 * not yet resolved). It is the document a host stores per contract; {@link ObligationLedgers}
 * reads and writes it as JSON.
 *
 * <p>Why the runtime's bookkeeping lives here: it must change in the same write as the obligations
 * (a reminder handled and the ledger advanced together), and one document per contract is one
 * compare-and-set.
 *
 * <p>Immutable and thread-safe.
 *
 * @param contractId the contract
 * @param plan the plan in force
 * @param eventDates the contract events known so far, by type (never {@link EventType#OBLIGATION_FULFILLED}:
 *     fulfilments are in the obligations' histories)
 * @param obligations the obligations, keys unique
 * @param remindedUntil reminders whose send instant is before this have been handled; {@code null} before the first run
 * @param openAlerts keys of the risk alerts raised about this contract and not resolved yet, sorted
 */
public record ObligationLedger(ContractId contractId, ObligationPlan plan, Map<EventType, LocalDate> eventDates,
        List<Obligation> obligations, @Nullable Instant remindedUntil, SortedSet<String> openAlerts) {

    /**
     * Copies the collections and checks consistency.
     *
     * @throws PactumException {@link ScheduleError#LEDGER_INVALID} for an obligation key twice, a
     *     fulfilment stored as a contract event, or a fulfilled amount in another currency or above the amount
     */
    public ObligationLedger {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(eventDates, "eventDates");
        if (eventDates.containsKey(EventType.OBLIGATION_FULFILLED)) {
            throw invalid("eventDates", "fulfilments are recorded on the obligations, not as contract events");
        }
        Map<EventType, LocalDate> events = new EnumMap<>(EventType.class);
        events.putAll(eventDates);
        eventDates = Collections.unmodifiableMap(events);
        obligations = List.copyOf(obligations);
        openAlerts = Collections.unmodifiableSortedSet(new TreeSet<>(openAlerts));
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < obligations.size(); i++) {
            Obligation o = obligations.get(i);
            if (!keys.add(o.scheduled().key())) {
                throw invalid("obligations[" + i + "].key", "obligation " + o.scheduled().key() + " is listed twice");
            }
            Money amount = o.scheduled().amount();
            Money fulfilled = o.fulfilledAmount();
            if (amount != null && fulfilled != null && (!amount.currency().equals(fulfilled.currency())
                    || fulfilled.isNegative() || fulfilled.isGreaterThan(amount))) {
                throw invalid("obligations[" + i + "].fulfilledAmount", "obligation " + o.scheduled().key()
                        + " has " + fulfilled + " fulfilled of " + amount);
            }
        }
    }

    /** A new ledger: the obligations as scheduled, nothing handled yet. */
    public static ObligationLedger open(ContractId contractId, ObligationPlan plan, Map<EventType, LocalDate> eventDates,
            List<Obligation> obligations) {
        return new ObligationLedger(contractId, plan, eventDates, obligations, null, new TreeSet<>());
    }

    /** The obligation with this key. */
    public Optional<Obligation> find(String key) {
        return obligations.stream().filter(o -> o.scheduled().key().equals(key)).findFirst();
    }

    /** The scheduling input: the contract's facts with this ledger's known events added. */
    public ScheduleInput input(ScheduleInput contractFacts) {
        ScheduleInput in = Objects.requireNonNull(contractFacts, "contractFacts");
        for (Map.Entry<EventType, LocalDate> e : eventDates.entrySet()) {
            in = in.withEvent(e.getKey(), e.getValue());
        }
        return in;
    }

    /** This ledger with other obligations. */
    public ObligationLedger withObligations(List<Obligation> next) {
        return new ObligationLedger(contractId, plan, eventDates, next, remindedUntil, openAlerts);
    }

    /** This ledger with a contract event's date known. */
    public ObligationLedger withEvent(EventType type, LocalDate date) {
        Map<EventType, LocalDate> events = new EnumMap<>(EventType.class);
        events.putAll(eventDates);
        events.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(date, "date"));
        return new ObligationLedger(contractId, plan, events, obligations, remindedUntil, openAlerts);
    }

    /** This ledger with reminders handled up to an instant and the open alert keys. */
    public ObligationLedger withTracking(@Nullable Instant handledUntil, Set<String> alerts) {
        return new ObligationLedger(contractId, plan, eventDates, obligations, handledUntil, new TreeSet<>(alerts));
    }

    /** The amounts of one kind's obligations, superseded ones excluded: what the contract asks for. */
    public Money scheduled(ObligationKind kind, Currency currency) {
        return sum(kind, currency, o -> o.scheduled().amount());
    }

    /** What has been fulfilled (paid) of one kind's obligations, superseded ones excluded. */
    public Money fulfilled(ObligationKind kind, Currency currency) {
        return sum(kind, currency, Obligation::fulfilledAmount);
    }

    /**
     * What is still to be fulfilled of one kind's obligations, superseded ones excluded; a waived
     * obligation's rest counts as outstanding here, so {@code fulfilled + outstanding = scheduled}
     * holds exactly.
     */
    public Money outstanding(ObligationKind kind, Currency currency) {
        return sum(kind, currency, o -> o.outstanding().orElse(null));
    }

    private Money sum(ObligationKind kind, Currency currency, java.util.function.Function<Obligation, @Nullable Money> f) {
        List<Money> parts = new ArrayList<>();
        for (Obligation o : obligations) {
            Money m = o.status() == ObligationStatus.SUPERSEDED || o.scheduled().definition().kind() != kind ? null
                    : f.apply(o);
            if (m != null) {
                parts.add(m);
            }
        }
        return Money.sum(parts, currency);
    }

    private static PactumException invalid(String path, String message) {
        return new PactumException(ScheduleError.LEDGER_INVALID, path, message);
    }
}
