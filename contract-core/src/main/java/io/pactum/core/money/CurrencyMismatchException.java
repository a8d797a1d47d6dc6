package io.pactum.core.money;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import java.util.Currency;

/**
 * Thrown when two amounts in different currencies are combined or compared. Pactum never
 * converts silently; conversion is the caller's decision, with its own rate.
 */
public final class CurrencyMismatchException extends PactumException {

    private static final long serialVersionUID = 1L;

    private final Currency expected;
    private final Currency actual;

    /**
     * Creates the exception.
     *
     * @param expected the currency of the left-hand amount
     * @param actual the currency of the right-hand amount
     */
    public CurrencyMismatchException(Currency expected, Currency actual) {
        super(CoreError.CURRENCY_MISMATCH, "",
                "cannot combine " + expected.getCurrencyCode() + " with " + actual.getCurrencyCode());
        this.expected = expected;
        this.actual = actual;
    }

    /** The currency of the left-hand amount. */
    public Currency expected() {
        return expected;
    }

    /** The currency of the right-hand amount. */
    public Currency actual() {
        return actual;
    }
}
