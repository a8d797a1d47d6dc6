package io.pactum.examples.quickstart.ledger;

import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One payment made against a payment obligation (a part payment or the whole).
 *
 * @param on the business date of the payment
 * @param amount the amount paid, positive
 */
public record Receipt(LocalDate on, Money amount) {

    /** Checks that the amount is positive. */
    public Receipt {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(amount, "amount");
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("a receipt is a positive amount, got " + amount);
        }
    }
}
