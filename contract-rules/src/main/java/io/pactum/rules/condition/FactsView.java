package io.pactum.rules.condition;

import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.rules.RuleError;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.RateSource;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Contract facts prepared for evaluation in one currency: the amount and the budget ceiling are
 * converted once, so that every condition compares exact decimals in the policy's currency.
 *
 * <p>Immutable and thread-safe.
 */
public final class FactsView {

    private final ContractFacts facts;
    private final Money amount;
    private final @Nullable Money budget;
    private final BigDecimal amountValue;
    private final @Nullable BigDecimal budgetValue;

    private FactsView(ContractFacts facts, Money amount, @Nullable Money budget) {
        this.facts = facts;
        this.amount = amount;
        this.budget = budget;
        this.amountValue = amount.amount();
        this.budgetValue = budget == null ? null : budget.amount();
    }

    /**
     * Prepares facts for evaluation.
     *
     * @param facts the contract facts
     * @param currency the currency that money fields are compared in (the policy's)
     * @param rates converts amounts in other currencies
     * @return the view
     * @throws PactumException {@link RuleError#RATE_MISSING} at {@code amount} or
     *     {@code budgetCeiling} when a rate is missing
     */
    public static FactsView of(ContractFacts facts, Currency currency, RateSource rates) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(rates, "rates");
        Money amount = facts.amount();
        if (!amount.currency().equals(currency)) {
            amount = rates.convert(amount, currency, "amount");
        }
        Money budget = facts.budgetCeiling();
        if (budget != null && !budget.currency().equals(currency)) {
            budget = rates.convert(budget, currency, "budgetCeiling");
        }
        return new FactsView(facts, amount, budget);
    }

    /** The facts. */
    public ContractFacts facts() {
        return facts;
    }

    /** The contract amount in the evaluation currency. */
    public Money amount() {
        return amount;
    }

    /** The budget ceiling in the evaluation currency, or {@code null}. */
    public @Nullable Money budget() {
        return budget;
    }

    BigDecimal amountValue() {
        return amountValue;
    }

    @Nullable BigDecimal budgetValue() {
        return budgetValue;
    }

    /** Whether the amount is above the budget ceiling; {@code false} without a ceiling. */
    public boolean overBudget() {
        return overBudget(amountValue, budgetValue);
    }

    /** Whether an amount is above a budget ceiling in the same currency; {@code false} without a ceiling. */
    static boolean overBudget(BigDecimal amount, @Nullable BigDecimal budget) {
        return budget != null && amount.compareTo(budget) > 0;
    }
}
