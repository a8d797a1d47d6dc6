package io.pactum.rules.facts;

import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.rules.RuleError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The host's exchange rates, used to convert a contract amount into a policy's currency. Rates
 * are exact {@link BigDecimal}s: {@code 1 from = rate to}.
 *
 * <p>Implementations must be thread-safe and side-effect free for the duration of one
 * evaluation; the host decides which day's rates it hands in.
 */
@FunctionalInterface
public interface RateSource {

    /**
     * The rate from one currency to another, if known.
     *
     * @param from the currency of the amount
     * @param to the target currency
     * @return the rate, empty when unknown
     */
    Optional<BigDecimal> rate(Currency from, Currency to);

    /**
     * Converts an amount, rounding half-even to the target currency's minor unit. The same
     * currency converts to itself without asking for a rate.
     *
     * @param amount the amount
     * @param to the target currency
     * @param path the field path named in an error, for example {@code amount}
     * @return the converted amount
     * @throws PactumException {@link RuleError#RATE_MISSING} when there is no rate
     */
    default Money convert(Money amount, Currency to, String path) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(to, "to");
        if (amount.currency().equals(to)) {
            return amount;
        }
        BigDecimal rate = rate(amount.currency(), to).orElseThrow(() -> new PactumException(RuleError.RATE_MISSING,
                path, "no rate from " + amount.currency() + " to " + to + " to convert " + amount));
        return Money.of(amount.amount().multiply(rate).setScale(Money.minorUnitScale(to), RoundingMode.HALF_EVEN), to);
    }

    /** A source that knows no rates: only amounts already in the target currency convert. */
    static RateSource sameCurrencyOnly() {
        return (from, to) -> Optional.empty();
    }

    /**
     * Fixed rates given as {@code "USD/CNY" -> 7.1}; the inverse direction is not derived.
     *
     * @param rates rates keyed by {@code FROM/TO}
     */
    static RateSource fixed(Map<String, BigDecimal> rates) {
        Map<String, BigDecimal> copy = new HashMap<>(rates);
        copy.values().forEach(r -> {
            if (r.signum() <= 0) {
                throw new IllegalArgumentException("rates must be positive, got " + r);
            }
        });
        return (from, to) -> Optional.ofNullable(copy.get(from.getCurrencyCode() + "/" + to.getCurrencyCode()));
    }
}
