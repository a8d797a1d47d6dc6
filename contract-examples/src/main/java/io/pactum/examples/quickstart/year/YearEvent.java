package io.pactum.examples.quickstart.year;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One scripted business event of the simulated year.
 *
 * @param on the business date it happens
 * @param kind what happens
 * @param contract the contract's number, e.g. {@code SC-2026-000101}
 * @param obligation the obligation key for payments, fulfilments and acceptances, e.g. {@code progress#0}
 * @param amount the amount paid ({@link Kind#PAYMENT}) or the new contract value ({@link Kind#AMENDMENT} of the price)
 * @param note what a person would write in the comment or reason field
 */
public record YearEvent(LocalDate on, Kind kind, String contract, @Nullable String obligation, @Nullable Money amount,
        String note) {

    /** What happens on the day. */
    public enum Kind {
        /** Both parties sign: the contract becomes signed and its plan is scheduled. */
        SIGNATURE,
        /** A payment (whole or part) is received or made against a payment obligation. */
        PAYMENT,
        /** A delivery, report or other task obligation is fulfilled. */
        FULFILMENT,
        /** The counterparty accepts the delivery: the acceptance obligation is fulfilled, dependent payments get dates. */
        ACCEPTANCE,
        /** The contract is amended; with an amount, the new contract value. */
        AMENDMENT,
        /** The decision to let the contract renew (or to renew it explicitly). */
        RENEWAL
    }

    /**
     * Checks which fields each kind needs.
     *
     * @throws PactumException {@code REQUIRED}, {@code NOT_ALLOWED} or {@code OUT_OF_RANGE} at the field
     */
    public YearEvent {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(note, "note");
        boolean needsObligation = kind == Kind.PAYMENT || kind == Kind.FULFILMENT || kind == Kind.ACCEPTANCE;
        if (needsObligation && obligation == null) {
            throw new PactumException(CoreError.REQUIRED, "obligation", "a " + kind + " names the obligation it settles");
        }
        if (!needsObligation && obligation != null) {
            throw new PactumException(CoreError.NOT_ALLOWED, "obligation", "a " + kind + " names no obligation");
        }
        if (kind == Kind.PAYMENT && amount == null) {
            throw new PactumException(CoreError.REQUIRED, "amount", "a payment has an amount");
        }
        if (amount != null && amount.amount().signum() <= 0) {
            throw new PactumException(CoreError.OUT_OF_RANGE, "amount", "the amount must be positive, got " + amount);
        }
        if (amount != null && kind != Kind.PAYMENT && kind != Kind.AMENDMENT) {
            throw new PactumException(CoreError.NOT_ALLOWED, "amount", "a " + kind + " has no amount");
        }
    }
}
