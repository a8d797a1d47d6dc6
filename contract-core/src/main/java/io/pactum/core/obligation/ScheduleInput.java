package io.pactum.core.obligation;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.Term;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What scheduling needs from a contract: its id, value, term, owner, and the event dates known so
 * far. The effective date defaults to the term's.
 *
 * <p>Immutable and thread-safe.
 *
 * @param contractId the contract
 * @param contractValue the total the percentages refer to
 * @param term the contract's term
 * @param contractOwner who owns the contract on our side
 * @param eventDates the contract events that have happened (or are fixed), by type; not
 *     {@link EventType#OBLIGATION_FULFILLED}
 * @param fulfilledOn the dates on which obligations of the plan were fulfilled, by definition id
 */
public record ScheduleInput(ContractId contractId, Money contractValue, Term term, Owner contractOwner,
        Map<EventType, LocalDate> eventDates, Map<String, LocalDate> fulfilledOn) {

    /** Copies the maps. */
    public ScheduleInput {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(contractValue, "contractValue");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(contractOwner, "contractOwner");
        eventDates = Collections.unmodifiableMap(eventDates.isEmpty() ? new EnumMap<>(EventType.class)
                : new EnumMap<>(eventDates));
        if (eventDates.containsKey(EventType.OBLIGATION_FULFILLED)) {
            throw new PactumException(ScheduleError.PLAN_INVALID, "eventDates",
                    "fulfilments of obligations go into fulfilledOn, by obligation id, not into eventDates");
        }
        fulfilledOn = Collections.unmodifiableMap(new TreeMap<>(fulfilledOn));
    }

    /** The input with no event known yet (the effective date comes from the term). */
    public static ScheduleInput of(ContractId contractId, Money contractValue, Term term, Owner contractOwner) {
        return new ScheduleInput(contractId, contractValue, term, contractOwner, Map.of(), Map.of());
    }

    /**
     * The input for a contract of the model, with no event known yet: its id, total value, term and
     * owner (as a person).
     */
    public static ScheduleInput of(Contract contract) {
        Objects.requireNonNull(contract, "contract");
        return of(contract.id(), contract.value(), contract.term(), Owner.person(contract.owner()));
    }

    /** This input with an event date known. */
    public ScheduleInput withEvent(EventType type, LocalDate date) {
        Map<EventType, LocalDate> events = new EnumMap<>(EventType.class);
        events.putAll(eventDates);
        events.put(type, date);
        return new ScheduleInput(contractId, contractValue, term, contractOwner, events, fulfilledOn);
    }

    /** This input with an obligation's fulfilment date known. */
    public ScheduleInput withFulfilment(String obligationId, LocalDate date) {
        Map<String, LocalDate> f = new HashMap<>(fulfilledOn);
        f.put(obligationId, date);
        return new ScheduleInput(contractId, contractValue, term, contractOwner, eventDates, f);
    }

    /** The date of an event, if known. */
    public Optional<LocalDate> dateOf(EventRef event) {
        if (event.type() == EventType.OBLIGATION_FULFILLED) {
            return Optional.ofNullable(fulfilledOn.get(event.obligationId()));
        }
        LocalDate d = eventDates.get(event.type());
        if (d == null && event.type() == EventType.EFFECTIVE_DATE) {
            d = term.effectiveDate();
        }
        return Optional.ofNullable(d);
    }
}
