package io.pactum.core.amendment;

import io.pactum.core.contract.RenewalTerms;
import io.pactum.core.contract.Term;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.ObligationPlan;
import java.util.Objects;

/**
 * The commercial terms of a contract that amendments change: value, term, renewal terms, the
 * obligation plan and a short statement of scope.
 *
 * <p>Immutable and thread-safe.
 *
 * @param contractValue the total value
 * @param term the term
 * @param renewal the renewal terms
 * @param plan the obligation plan
 * @param scope a short statement of the scope of work or supply; may be empty
 */
public record CommercialTerms(Money contractValue, Term term, RenewalTerms renewal, ObligationPlan plan, String scope) {

    /** Checks for null. */
    public CommercialTerms {
        Objects.requireNonNull(contractValue, "contractValue");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(renewal, "renewal");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(scope, "scope");
    }
}
