package io.pactum.benchmarks.approval;

/** Collects the indexes of the rules that fired, as a bit set (the policy has 50 rules). */
public final class Matched {

    private long bits;

    /** Creates an empty collector. */
    public Matched() {
    }

    /** Records that rule {@code index} fired. */
    public void add(int index) {
        bits |= 1L << index;
    }

    /** Whether no rule fired. */
    public boolean isEmpty() {
        return bits == 0;
    }

    /** The bits, and clears them for the next contract. */
    public long take() {
        long b = bits;
        bits = 0;
        return b;
    }
}
