package io.pactum.rules.risk;

import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One obligation of a contract as the risk rules see it: flat values, no reference to the
 * scheduling model, so that the host (or an adapter) can fill it from any source.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the obligation's id, unique within its contract; it is part of alert keys
 * @param kind what the obligation is; decides which rule watches it
 * @param dueDate the date by which it must be fulfilled (inclusive: on the due date it is not late)
 * @param fulfilledOn the date it was fulfilled, or {@code null} while open. A fulfilment dated after
 *     the evaluation date counts as open on that date, so evaluating a past date gives what was
 *     true then
 * @param outstanding for payments, the amount still unpaid (zero once paid in full); {@code null}
 *     for other kinds or when unknown (a payment with an unknown amount is watched like one with a
 *     positive amount; an open payment with zero outstanding is not overdue; a payment fulfilled after
 *     the evaluation date was owed then, whatever it shows now)
 */
public record ObligationSnapshot(String id, ObligationKind kind, LocalDate dueDate, @Nullable LocalDate fulfilledOn,
        @Nullable Money outstanding) {

    /** Checks the components. */
    public ObligationSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueDate, "dueDate");
        if (id.isBlank() || id.length() > 128) {
            throw new PactumException(RiskError.BAD_SNAPSHOT, "obligations.id",
                    "an obligation id is 1 to 128 characters, not blank");
        }
        if (outstanding != null && outstanding.isNegative()) {
            throw new PactumException(RiskError.BAD_SNAPSHOT, "obligations." + id + ".outstanding",
                    "outstanding amount must not be negative, got " + outstanding);
        }
    }

    /** An open obligation with nothing outstanding recorded. */
    public static ObligationSnapshot open(String id, ObligationKind kind, LocalDate dueDate) {
        return new ObligationSnapshot(id, kind, dueDate, null, null);
    }

    /** An open payment with the amount still unpaid. */
    public static ObligationSnapshot payment(String id, ObligationKind kind, LocalDate dueDate, Money outstanding) {
        return new ObligationSnapshot(id, kind, dueDate, null, Objects.requireNonNull(outstanding, "outstanding"));
    }

    /** The same obligation fulfilled on a date. */
    public ObligationSnapshot fulfilled(LocalDate on) {
        return new ObligationSnapshot(id, kind, dueDate, Objects.requireNonNull(on, "on"),
                outstanding == null ? null : Money.zero(outstanding.currency()));
    }
}
