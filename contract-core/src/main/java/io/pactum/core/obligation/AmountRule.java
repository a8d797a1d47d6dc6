package io.pactum.core.obligation;

import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much an obligation is worth: a fixed amount, or a percentage of the contract value.
 * Percentages are turned into money with {@link Money#allocateByPercent(java.util.List)} across
 * the whole plan, so that percentages summing to 100 give parts summing exactly to the contract
 * value.
 *
 * <p>JSON: {@code {"fixed": {"amount": "1200.00", "currency": "CNY"}}} or {@code {"percent": "30"}}.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface AmountRule {

    /** A fixed amount. */
    static AmountRule fixed(Money amount) {
        return new Fixed(amount);
    }

    /** A percentage of the contract value, such as {@code "30"} or {@code "2.5"}. */
    static AmountRule percent(String percent) {
        return new PercentOfContract(new BigDecimal(percent));
    }

    /**
     * A fixed amount; for a recurring obligation, the amount of each occurrence.
     *
     * @param amount positive
     */
    record Fixed(Money amount) implements AmountRule {
        /** Checks that the amount is positive. */
        public Fixed {
            Objects.requireNonNull(amount, "amount");
            if (!amount.isPositive()) {
                throw new PactumException(ScheduleError.PLAN_INVALID, "amount", "amount must be positive, got " + amount);
            }
        }
    }

    /**
     * A percentage of the contract value; for a recurring obligation, the share of all its
     * occurrences together, split evenly among them.
     *
     * @param percent more than 0 and at most 100
     */
    record PercentOfContract(BigDecimal percent) implements AmountRule {
        /** Checks the range. */
        public PercentOfContract {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new PactumException(ScheduleError.PLAN_INVALID, "percent",
                        "percent must be more than 0 and at most 100, got " + percent.toPlainString());
            }
        }
    }
}
