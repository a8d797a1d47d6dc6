package io.pactum.core.obligation;

import io.pactum.core.calendar.BusinessDayConvention;
import io.pactum.core.error.PactumException;
import io.pactum.core.internal.Checks;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of an obligation plan: what must be done, by which side, looked after by whom, for
 * how much, with which evidence, and when.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id unique within the plan (letters, digits and {@code . _ : -})
 * @param kind what it is about
 * @param stage for payments, the stage in the payment plan; {@code null} for the other kinds
 * @param title a short human title
 * @param side who must perform
 * @param owner who looks after it on our side
 * @param amount for payments, how much; {@code null} for the other kinds
 * @param evidence what evidence fulfilment needs (for example {@code invoice},
 *     {@code acceptance-certificate}); empty when none
 * @param due when it falls due
 * @param convention how a due date on a non-business day is moved
 */
public record ObligationDefinition(String id, ObligationKind kind, @Nullable PaymentStage stage, String title,
        Side side, Owner owner, @Nullable AmountRule amount, List<String> evidence, DueRule due,
        BusinessDayConvention convention) {

    /**
     * Checks that payments have a stage and an amount, and the others have neither.
     *
     * @throws PactumException {@link ScheduleError#PLAN_INVALID}
     */
    public ObligationDefinition {
        Checks.id(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(convention, "convention");
        evidence = List.copyOf(evidence);
        if (title.isBlank() || title.length() > 200) {
            throw new PactumException(ScheduleError.PLAN_INVALID, "title", "title must be 1 to 200 characters");
        }
        if (kind.isPayment()) {
            if (stage == null) {
                throw new PactumException(ScheduleError.PLAN_INVALID, "stage", "payment " + id + " needs a stage");
            }
            if (amount == null) {
                throw new PactumException(ScheduleError.PLAN_INVALID, "amount", "payment " + id + " needs an amount");
            }
        } else {
            if (stage != null) {
                throw new PactumException(ScheduleError.PLAN_INVALID, "stage", kind + " " + id + " cannot have a payment stage");
            }
            if (amount != null) {
                throw new PactumException(ScheduleError.PLAN_INVALID, "amount", kind + " " + id + " cannot have an amount");
            }
        }
    }

    /** A payment. */
    public static ObligationDefinition payment(String id, ObligationKind direction, PaymentStage stage, String title,
            Side side, Owner owner, AmountRule amount, DueRule due, BusinessDayConvention convention) {
        return new ObligationDefinition(id, direction, stage, title, side, owner, amount, List.of(), due, convention);
    }

    /** A non-payment obligation (delivery, acceptance, report, custom). */
    public static ObligationDefinition task(String id, ObligationKind kind, String title, Side side, Owner owner,
            DueRule due, BusinessDayConvention convention) {
        return new ObligationDefinition(id, kind, null, title, side, owner, null, List.of(), due, convention);
    }

    /** This definition with evidence required on fulfilment. */
    public ObligationDefinition withEvidence(String... required) {
        return new ObligationDefinition(id, kind, stage, title, side, owner, amount, List.of(required), due, convention);
    }
}
