package io.pactum.core.amendment;

import io.pactum.core.contract.RenewalTerms;
import io.pactum.core.contract.Term;
import io.pactum.core.error.PactumException;
import io.pactum.core.internal.Checks;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.ObligationPlan;
import io.pactum.core.obligation.ScheduleError;
import io.pactum.core.renewal.Renewals;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A typed amendment: an id, a reason, the date it takes effect, and the change, which
 * {@link #applyTo(CommercialTerms)} turns into the next version of the commercial terms.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Amendment {

    /** The amendment's id, unique within a contract. */
    String id();

    /** Why the contract is amended. */
    String reason();

    /** The first day the amended terms are in force. */
    LocalDate effectiveDate();

    /** The kind of amendment. */
    AmendmentType type();

    /**
     * The terms after this amendment.
     *
     * @throws PactumException {@link ScheduleError#AMENDMENT_INVALID} when the change does not fit the terms
     */
    CommercialTerms applyTo(CommercialTerms terms);

    /**
     * No commercial change (names, addresses, contacts).
     *
     * @param note what changed
     */
    record Administrative(String id, String reason, LocalDate effectiveDate, String note) implements Amendment {
        /** Checks the common fields. */
        public Administrative {
            check(id, reason, effectiveDate);
            Objects.requireNonNull(note, "note");
        }

        @Override
        public AmendmentType type() {
            return AmendmentType.ADMINISTRATIVE;
        }

        @Override
        public CommercialTerms applyTo(CommercialTerms terms) {
            return terms;
        }
    }

    /**
     * A new contract value; percentage amounts of the plan follow it when rescheduled.
     *
     * @param newValue the new value, in the contract's currency
     */
    record PriceChange(String id, String reason, LocalDate effectiveDate, Money newValue) implements Amendment {
        /** Checks the common fields. */
        public PriceChange {
            check(id, reason, effectiveDate);
            Objects.requireNonNull(newValue, "newValue");
        }

        @Override
        public AmendmentType type() {
            return AmendmentType.PRICE_CHANGE;
        }

        @Override
        public CommercialTerms applyTo(CommercialTerms terms) {
            sameCurrency(terms, newValue);
            return new CommercialTerms(newValue, terms.term(), terms.renewal(), terms.plan(), terms.scope());
        }
    }

    /**
     * A new scope and obligation plan, and a new value when given.
     *
     * @param newScope the new scope statement
     * @param newPlan the new obligation plan
     * @param newValue the new value; {@code null} to keep it
     */
    record ScopeChange(String id, String reason, LocalDate effectiveDate, String newScope, ObligationPlan newPlan,
            @Nullable Money newValue) implements Amendment {
        /** Checks the common fields. */
        public ScopeChange {
            check(id, reason, effectiveDate);
            Objects.requireNonNull(newScope, "newScope");
            Objects.requireNonNull(newPlan, "newPlan");
        }

        @Override
        public AmendmentType type() {
            return AmendmentType.SCOPE_CHANGE;
        }

        @Override
        public CommercialTerms applyTo(CommercialTerms terms) {
            Money value = newValue == null ? terms.contractValue() : newValue;
            sameCurrency(terms, value);
            return new CommercialTerms(value, terms.term(), terms.renewal(), newPlan, newScope);
        }
    }

    /**
     * An agreed renewal or extension: a new end date, and new renewal terms when given.
     *
     * @param newEndDate the new last day of the term
     * @param newRenewal the new renewal terms; {@code null} to keep them
     */
    record Renewal(String id, String reason, LocalDate effectiveDate, LocalDate newEndDate,
            @Nullable RenewalTerms newRenewal) implements Amendment {
        /** Checks the common fields. */
        public Renewal {
            check(id, reason, effectiveDate);
            Objects.requireNonNull(newEndDate, "newEndDate");
        }

        @Override
        public AmendmentType type() {
            return AmendmentType.RENEWAL;
        }

        @Override
        public CommercialTerms applyTo(CommercialTerms terms) {
            if (newEndDate.isBefore(effectiveDate)) {
                throw new PactumException(ScheduleError.AMENDMENT_INVALID, "newEndDate",
                        "renewal " + id + " ends on " + newEndDate + ", before it takes effect on " + effectiveDate);
            }
            return new CommercialTerms(terms.contractValue(), Term.fixed(terms.term().effectiveDate(), newEndDate),
                    newRenewal == null ? terms.renewal() : newRenewal, terms.plan(), terms.scope());
        }
    }

    /**
     * Early termination: the contract is no longer in force from the effective date; its last day
     * is the day before, and it no longer renews.
     */
    record Termination(String id, String reason, LocalDate effectiveDate) implements Amendment {
        /** Checks the common fields. */
        public Termination {
            check(id, reason, effectiveDate);
        }

        @Override
        public AmendmentType type() {
            return AmendmentType.TERMINATION;
        }

        @Override
        public CommercialTerms applyTo(CommercialTerms terms) {
            LocalDate lastDay = effectiveDate.minusDays(1);
            if (lastDay.isBefore(terms.term().effectiveDate())) {
                throw new PactumException(ScheduleError.AMENDMENT_INVALID, "effectiveDate",
                        "termination " + id + " on " + effectiveDate + " leaves no day in force");
            }
            if (!inForceOn(terms, lastDay)) {
                // Ending the term on lastDay would move a past end forward: a termination would
                // extend a contract that had already expired.
                throw new PactumException(ScheduleError.AMENDMENT_INVALID, "effectiveDate",
                        "termination " + id + " on " + effectiveDate + " comes after the contract ended");
            }
            return new CommercialTerms(terms.contractValue(), Term.fixed(terms.term().effectiveDate(), lastDay),
                    RenewalTerms.fixed(), terms.plan(), terms.scope());
        }
    }

    /** Whether the terms keep the contract in force on {@code day}, renewals included. */
    private static boolean inForceOn(CommercialTerms terms, LocalDate day) {
        LocalDate end = terms.term().endDate();
        if (end == null || !day.isAfter(end) || terms.renewal() instanceof RenewalTerms.Evergreen) {
            return true;
        }
        if (terms.renewal() instanceof RenewalTerms.AutoRenew) {
            return Renewals.asOf(terms.term(), terms.renewal(), day).inForce();
        }
        return false;
    }

    private static void check(String id, String reason, LocalDate effectiveDate) {
        Checks.id(id, "id");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new PactumException(ScheduleError.AMENDMENT_INVALID, "reason", "an amendment needs a reason");
        }
    }

    private static void sameCurrency(CommercialTerms terms, Money value) {
        if (!value.currency().equals(terms.contractValue().currency())) {
            throw new PactumException(ScheduleError.AMENDMENT_INVALID, "newValue",
                    "new value " + value + " is not in the contract's currency " + terms.contractValue().currency());
        }
    }
}
