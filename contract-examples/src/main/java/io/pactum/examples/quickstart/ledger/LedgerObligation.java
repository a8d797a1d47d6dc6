package io.pactum.examples.quickstart.ledger;

import io.pactum.core.money.Money;
import io.pactum.core.obligation.ObligationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One dated (or still pending) obligation of a contract, with what has been paid or done.
 *
 * @param contractId the contract it belongs to ({@link LedgerContract#id()})
 * @param key the obligation key, e.g. {@code down-payment#0}
 * @param title the title, e.g. {@code 预付款（30%）}
 * @param kind payment in or out, delivery, acceptance, report or custom
 * @param amount the amount owed for payments; {@code null} for other kinds
 * @param dueDate the due date; {@code null} while it waits for an event
 * @param receipts payments made against it, in any order; empty for other kinds
 * @param fulfilledOn when it was fulfilled (for payments: when the last part was paid); {@code null} while open
 */
public record LedgerObligation(String contractId, String key, String title, ObligationKind kind, @Nullable Money amount,
        @Nullable LocalDate dueDate, List<Receipt> receipts, @Nullable LocalDate fulfilledOn) {

    /** Checks that payments have an amount and others have neither amount nor receipts. */
    public LedgerObligation {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        receipts = List.copyOf(Objects.requireNonNull(receipts, "receipts"));
        if (isPayment(kind) != (amount != null)) {
            throw new IllegalArgumentException(key + ": payments have an amount, other obligations none");
        }
        if (!isPayment(kind) && !receipts.isEmpty()) {
            throw new IllegalArgumentException(key + ": only payments have receipts");
        }
        for (Receipt r : receipts) {
            if (amount != null && !r.amount().currency().equals(amount.currency())) {
                throw new IllegalArgumentException(key + ": receipt in " + r.amount().currency() + " for an amount in "
                        + amount.currency());
            }
        }
    }

    /** Whether this kind moves money. */
    public static boolean isPayment(ObligationKind kind) {
        return kind == ObligationKind.PAYMENT_IN || kind == ObligationKind.PAYMENT_OUT;
    }

    /** Whether it moves money. */
    public boolean isPayment() {
        return isPayment(kind);
    }

    /** The amount paid on or before a date, zero in the amount's currency; {@code null} for other kinds. */
    public @Nullable Money paidBy(LocalDate date) {
        if (amount == null) {
            return null;
        }
        Money sum = Money.zero(amount.currency());
        for (Receipt r : receipts) {
            if (!r.on().isAfter(date)) {
                sum = sum.plus(r.amount());
            }
        }
        return sum;
    }

    /** The amount still owed after the payments up to a date (never negative); {@code null} for other kinds. */
    public @Nullable Money outstandingOn(LocalDate date) {
        Money paid = paidBy(date);
        if (amount == null || paid == null) {
            return null;
        }
        Money rest = amount.minus(paid);
        return rest.isNegative() ? Money.zero(amount.currency()) : rest;
    }
}
