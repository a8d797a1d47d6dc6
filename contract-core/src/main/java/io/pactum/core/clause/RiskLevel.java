package io.pactum.core.clause;

/** How far a clause variant moves from the standard position, in increasing order. */
public enum RiskLevel {
    /** The standard text. */
    NONE,
    /** A small concession. */
    LOW,
    /** A material concession. */
    MEDIUM,
    /** A concession that legal must look at. */
    HIGH;

    /** The higher of two levels. */
    public RiskLevel max(RiskLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
