package io.pactum.rules.condition;

import java.util.List;

/** One node of a compiled condition. Implementations are immutable and thread-safe. */
interface Node {

    /** Whether the condition holds for the facts. */
    boolean test(FactsView v);

    /** Adds the facts that make this node true; called only when {@link #test} is true. */
    void explain(FactsView v, List<FactUsed> out);

    /** Adds every leaf's fact, whatever the outcome (used under {@code not}). */
    void describe(FactsView v, String prefix, List<FactUsed> out);
}
