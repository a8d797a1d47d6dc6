package io.pactum.rules.condition;

import io.pactum.rules.facts.ContractFacts;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One node of a compiled condition. Implementations are immutable and thread-safe. */
interface Node {

    /**
     * Whether the condition holds for the facts, with the money fields already in the compiled
     * currency (passed apart so that evaluation needs no view object per contract).
     */
    boolean test(ContractFacts f, BigDecimal amount, @Nullable BigDecimal budget);

    /** Adds the facts that make this node true; called only when {@link #test} is true. */
    void explain(FactsView v, List<FactUsed> out);

    /** Adds every leaf's fact, whatever the outcome (used under {@code not}). */
    void describe(FactsView v, String prefix, List<FactUsed> out);
}
