package io.pactum.rules.risk;

import io.pactum.core.error.PactumException;
import java.util.Objects;

/**
 * The in-force value held with one counterparty, in minor units of the portfolio currency,
 * with the number of contracts that make it up and the counterparty's name.
 *
 * <p>Immutable and thread-safe.
 *
 * @param minor the value in minor units of the portfolio currency, not negative
 * @param contracts the number of in-force contracts with the counterparty
 * @param name the counterparty's name (the smallest one if contracts disagree, so merging is
 *     order-independent)
 */
public record Exposure(long minor, long contracts, String name) implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the components. */
    public Exposure {
        Objects.requireNonNull(name, "name");
        if (minor < 0 || contracts < 0) {
            throw new PactumException(RiskError.BAD_SNAPSHOT, "exposure", "exposure must not be negative");
        }
    }

    /** The sum of two exposures of the same counterparty. */
    public Exposure plus(Exposure other) {
        try {
            return new Exposure(Math.addExact(minor, other.minor), contracts + other.contracts,
                    name == other.name || name.compareTo(other.name) <= 0 ? name : other.name);
        } catch (ArithmeticException e) {
            throw new PactumException(RiskError.TOTAL_OVERFLOW, "exposure",
                    "a counterparty's total exceeds 2^63 minor units");
        }
    }
}
