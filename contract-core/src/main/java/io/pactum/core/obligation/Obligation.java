package io.pactum.core.obligation;

import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An obligation with its lifecycle: a pure state machine. Every change returns a new
 * {@code Obligation} with one more {@link ObligationEvent} in its history; a change the current
 * status does not allow throws {@link ScheduleError#ILLEGAL_OBLIGATION_TRANSITION} and changes
 * nothing.
 *
 * <pre>
 * PENDING ──advance──▶ DUE ──advance──▶ OVERDUE
 *   │ │                 │                 │
 *   │ └─ fulfil (full) / waive / dispute / supersede, from any open status
 *   └─ partial fulfilment keeps the status and raises {@link #fulfilledAmount()}
 * DISPUTED ──resolveDispute──▶ the status before the dispute
 * FULFILLED, WAIVED, SUPERSEDED: terminal
 * </pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param scheduled the scheduled obligation
 * @param status the current status
 * @param fulfilledAmount for payments, how much has been fulfilled so far; {@code null} for non-payments
 * @param statusBeforeDispute while disputed, the status to return to; {@code null} otherwise
 * @param history every change, oldest first
 */
public record Obligation(ScheduledObligation scheduled, ObligationStatus status, @Nullable Money fulfilledAmount,
        @Nullable ObligationStatus statusBeforeDispute, List<ObligationEvent> history) {

    /** Copies the history and checks the amounts. */
    public Obligation {
        Objects.requireNonNull(scheduled, "scheduled");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
        if ((scheduled.amount() == null) != (fulfilledAmount == null)) {
            throw new IllegalArgumentException("fulfilledAmount is kept exactly for obligations with an amount");
        }
        if ((status == ObligationStatus.DISPUTED) != (statusBeforeDispute != null)) {
            throw new IllegalArgumentException("statusBeforeDispute is kept exactly while disputed");
        }
    }

    /** A newly scheduled obligation: {@link ObligationStatus#PENDING}, with a {@code SCHEDULED} event. */
    public static Obligation open(ScheduledObligation scheduled, UserId actor, Instant at) {
        Money zero = scheduled.amount() == null ? null : Money.zero(scheduled.amount().currency());
        ObligationEvent e = new ObligationEvent(ObligationEvent.Type.SCHEDULED, actor, at, "", List.of(), null,
                scheduled.dueDate(), ObligationStatus.PENDING, ObligationStatus.PENDING);
        return new Obligation(scheduled, ObligationStatus.PENDING, zero, null, List.of(e));
    }

    /** The amount still outstanding, for payments. */
    public Optional<Money> outstanding() {
        return scheduled.amount() == null ? Optional.empty()
                : Optional.of(scheduled.amount().minus(Objects.requireNonNull(fulfilledAmount)));
    }

    /** Whether part, but not all, of the amount has been fulfilled. */
    public boolean isPartiallyFulfilled() {
        return fulfilledAmount != null && fulfilledAmount.isPositive() && status != ObligationStatus.FULFILLED;
    }

    /** The business date of the full fulfilment, once fulfilled. */
    public Optional<LocalDate> fulfilledOn() {
        if (status != ObligationStatus.FULFILLED) {
            return Optional.empty();
        }
        return Optional.ofNullable(history.get(history.size() - 1).effectiveDate());
    }

    /**
     * Moves the status with the calendar: {@code PENDING} becomes {@code DUE} on the due date and
     * {@code OVERDUE} after it; {@code DUE} becomes {@code OVERDUE} after it. Any other status,
     * or a pending obligation without a date, is returned unchanged.
     *
     * @param today the business date now
     */
    public Obligation advance(LocalDate today, UserId actor, Instant at) {
        LocalDate due = scheduled.dueDate();
        Obligation result = this;
        if (due == null) {
            return result;
        }
        if (result.status == ObligationStatus.PENDING && !today.isBefore(due)) {
            result = result.with(ObligationEvent.Type.BECAME_DUE, ObligationStatus.DUE, actor, at, "", List.of(), null, due);
        }
        if (result.status == ObligationStatus.DUE && today.isAfter(due)) {
            result = result.with(ObligationEvent.Type.BECAME_OVERDUE, ObligationStatus.OVERDUE, actor, at, "", List.of(),
                    null, due.plusDays(1));
        }
        return result;
    }

    /**
     * Records a fulfilment. For a payment, {@code amount} is what was paid ({@code null} for all
     * that is outstanding); less than outstanding is a partial fulfilment, which keeps the status.
     * For other kinds {@code amount} must be {@code null}.
     *
     * @param on the business date it was fulfilled
     * @param evidence references to the evidence; required when the definition asks for evidence
     * @throws PactumException {@link ScheduleError#ILLEGAL_OBLIGATION_TRANSITION} unless open,
     *     {@link ScheduleError#FULFILMENT_AMOUNT}, {@link ScheduleError#EVIDENCE_MISSING}
     */
    public Obligation fulfil(UserId actor, Instant at, LocalDate on, @Nullable Money amount, List<String> evidence,
            String note) {
        Objects.requireNonNull(on, "on");
        requireOpen("fulfil");
        if (!scheduled.evidence().isEmpty() && evidence.isEmpty()) {
            throw new PactumException(ScheduleError.EVIDENCE_MISSING, "evidence",
                    scheduled.key() + " needs evidence: " + scheduled.evidence());
        }
        if (scheduled.amount() == null) {
            if (amount != null) {
                throw new PactumException(ScheduleError.FULFILMENT_AMOUNT, "amount",
                        scheduled.key() + " is not a payment; it takes no amount");
            }
            return with(ObligationEvent.Type.FULFILLED, ObligationStatus.FULFILLED, actor, at, note, evidence, null, on);
        }
        Money outstanding = outstanding().orElseThrow();
        Money paid = amount == null ? outstanding : amount;
        if (!paid.currency().equals(outstanding.currency()) || !paid.isPositive() || paid.isGreaterThan(outstanding)) {
            throw new PactumException(ScheduleError.FULFILMENT_AMOUNT, "amount",
                    "fulfilment of " + paid + " is not positive, in another currency, or more than the outstanding "
                            + outstanding);
        }
        Obligation next = paid.equals(outstanding)
                ? with(ObligationEvent.Type.FULFILLED, ObligationStatus.FULFILLED, actor, at, note, evidence, paid, on)
                : with(ObligationEvent.Type.PARTIALLY_FULFILLED, status, actor, at, note, evidence, paid, on);
        return new Obligation(next.scheduled, next.status, Objects.requireNonNull(fulfilledAmount).plus(paid), null,
                next.history);
    }

    /** Waives an open or disputed obligation; a reason is required. */
    public Obligation waive(UserId actor, Instant at, String reason) {
        requireReason(reason);
        if (!status.isOpen() && status != ObligationStatus.DISPUTED) {
            throw illegal("waive");
        }
        return with(ObligationEvent.Type.WAIVED, ObligationStatus.WAIVED, actor, at, reason, List.of(), null, null);
    }

    /** Supersedes a non-terminal obligation (it was replaced by rescheduling or an amendment). */
    public Obligation supersede(UserId actor, Instant at, String reason) {
        if (status.isTerminal()) {
            throw illegal("supersede");
        }
        return with(ObligationEvent.Type.SUPERSEDED, ObligationStatus.SUPERSEDED, actor, at, reason, List.of(), null, null);
    }

    /** Marks an open obligation as disputed; a reason is required. */
    public Obligation dispute(UserId actor, Instant at, String reason, List<String> evidence) {
        requireReason(reason);
        requireOpen("dispute");
        return with(ObligationEvent.Type.DISPUTED, ObligationStatus.DISPUTED, actor, at, reason, evidence, null, null);
    }

    /** Ends a dispute; the status before it is restored. */
    public Obligation resolveDispute(UserId actor, Instant at, String reason) {
        requireReason(reason);
        if (status != ObligationStatus.DISPUTED) {
            throw illegal("resolve a dispute");
        }
        return with(ObligationEvent.Type.DISPUTE_RESOLVED, Objects.requireNonNull(statusBeforeDispute), actor, at,
                reason, List.of(), null, null);
    }

    /**
     * Takes new dates or a new amount from rescheduling. An open obligation returns to
     * {@code PENDING} (call {@link #advance} again); a disputed one stays disputed. What was
     * already fulfilled stays fulfilled.
     *
     * @throws PactumException {@link ScheduleError#ILLEGAL_OBLIGATION_TRANSITION} when terminal or
     *     when the key differs, {@link ScheduleError#FULFILMENT_AMOUNT} when the new amount is less
     *     than what was already fulfilled
     */
    public Obligation reschedule(ScheduledObligation next, UserId actor, Instant at, String reason) {
        if (status.isTerminal() || !next.key().equals(scheduled.key())) {
            throw illegal("reschedule");
        }
        if (fulfilledAmount != null && (next.amount() == null || fulfilledAmount.isGreaterThan(next.amount()))) {
            throw new PactumException(ScheduleError.FULFILMENT_AMOUNT, "amount", scheduled.key()
                    + " already has " + fulfilledAmount + " fulfilled, more than the new amount " + next.amount());
        }
        ObligationStatus to = status == ObligationStatus.DISPUTED ? status : ObligationStatus.PENDING;
        List<ObligationEvent> h = new ArrayList<>(history);
        h.add(new ObligationEvent(ObligationEvent.Type.RESCHEDULED, actor, at, reason, List.of(), next.amount(),
                next.dueDate(), status, to));
        Money fulfilled = next.amount() == null ? null
                : fulfilledAmount == null ? Money.zero(next.amount().currency()) : fulfilledAmount;
        return new Obligation(next, to, fulfilled, statusBeforeDispute, h);
    }

    /**
     * Closes an open payment that a rescheduling brought down to exactly what was already paid:
     * {@link ObligationStatus#FULFILLED}, fulfilled on the date of its last payment, with nothing more
     * paid (the event carries no amount).
     *
     * @throws PactumException {@link ScheduleError#ILLEGAL_OBLIGATION_TRANSITION} unless open, with a
     *     positive amount, paid in full and paid at least once
     */
    public Obligation closePaid(UserId actor, Instant at, String reason) {
        requireOpen("close as paid");
        LocalDate lastPaid = null;
        for (ObligationEvent e : history) {
            if (e.type() == ObligationEvent.Type.PARTIALLY_FULFILLED) {
                lastPaid = e.effectiveDate();
            }
        }
        if (scheduled.amount() == null || !scheduled.amount().isPositive() || lastPaid == null
                || !outstanding().orElseThrow().isZero()) {
            throw illegal("close as paid");
        }
        return with(ObligationEvent.Type.FULFILLED, ObligationStatus.FULFILLED, actor, at, reason, List.of(), null,
                lastPaid);
    }

    private Obligation with(ObligationEvent.Type type, ObligationStatus to, UserId actor, Instant at, String reason,
            List<String> evidence, @Nullable Money amount, @Nullable LocalDate effective) {
        List<ObligationEvent> h = new ArrayList<>(history);
        h.add(new ObligationEvent(type, actor, at, reason, evidence, amount, effective, status, to));
        // Entering a dispute remembers where to return; every other change leaves no dispute behind.
        return new Obligation(scheduled, to, fulfilledAmount, to == ObligationStatus.DISPUTED ? status : null, h);
    }

    private void requireOpen(String what) {
        if (!status.isOpen()) {
            throw illegal(what);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PactumException(ScheduleError.ILLEGAL_OBLIGATION_TRANSITION, "reason", "a reason is required");
        }
    }

    private PactumException illegal(String what) {
        return new PactumException(ScheduleError.ILLEGAL_OBLIGATION_TRANSITION, "status",
                "cannot " + what + " obligation " + scheduled.key() + " in status " + status);
    }
}
