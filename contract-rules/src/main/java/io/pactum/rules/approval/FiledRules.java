package io.pactum.rules.approval;

import io.pactum.rules.condition.CompiledCondition;
import java.math.BigDecimal;

/**
 * The rules filed under one value of the index field, sliced along the amount axis. The bounds
 * of the rules' top-level amount tests, sorted, cut the axis into slots: each bound is a slot of
 * its own and so is each open interval between two bounds, so within a slot every amount test
 * gives the same answer. Per slot the table holds the rules that hold on the amount alone
 * ({@link #known}) and the rules whose other tests remain to be evaluated ({@link #evaluate}).
 * One binary search over exact decimals finds the slot.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class FiledRules {

    private final BigDecimal[] bounds;
    private final long[][] known;
    private final long[] knownFirstWord;
    private final int[][] evaluate;
    private final CompiledCondition[] tests;

    /**
     * @param bounds the amount bounds in ascending order, no two equal; empty for a single slot
     * @param known per slot (2 × bounds + 1 of them), the rules that hold there, one bit per rule
     * @param evaluate per slot, the indexes of the rules still to evaluate, in policy order
     * @param tests per rule index, what is left to evaluate of it in this table
     */
    FiledRules(BigDecimal[] bounds, long[][] known, int[][] evaluate, CompiledCondition[] tests) {
        this.bounds = bounds;
        this.known = known;
        this.evaluate = evaluate;
        this.tests = tests;
        this.knownFirstWord = new long[known.length];
        for (int s = 0; s < known.length; s++) {
            knownFirstWord[s] = known[s][0];
        }
    }

    /** The slot of an amount in the policy's currency: {@code 2i + 1} at bound {@code i}, {@code 2i} just below it. */
    int slot(BigDecimal amount) {
        int lo = 0;
        int hi = bounds.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = amount.compareTo(bounds[mid]);
            if (c > 0) {
                lo = mid + 1;
            } else if (c < 0) {
                hi = mid - 1;
            } else {
                return 2 * mid + 1;
            }
        }
        return 2 * lo;
    }

    /** The rules known to hold in a slot; a fresh copy the caller may add to. */
    long[] known(int slot) {
        return known[slot].clone();
    }

    /** The rules known to hold in a slot, for policies of at most 64 rules. */
    long knownBits(int slot) {
        return knownFirstWord[slot];
    }

    /** The rules to evaluate in a slot, in policy order. */
    int[] evaluate(int slot) {
        return evaluate[slot];
    }

    /** What to evaluate of rule {@code i} (listed in {@link #evaluate}). */
    CompiledCondition test(int i) {
        return tests[i];
    }
}
