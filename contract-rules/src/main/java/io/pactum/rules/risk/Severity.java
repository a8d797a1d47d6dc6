package io.pactum.rules.risk;

/**
 * How bad an alert is, from {@link #INFO} to {@link #CRITICAL}. Each severity carries the score
 * points an alert of that severity adds to its contract's {@link ContractRiskScore}: the scale is
 * roughly geometric so that one critical alert outweighs several low ones.
 */
public enum Severity {
    /** Worth knowing; no action needed. 1 point. */
    INFO(1),
    /** Keep an eye on it. 5 points. */
    LOW(5),
    /** Act within days. 15 points. */
    MEDIUM(15),
    /** Act now. 40 points. */
    HIGH(40),
    /** Money or rights are being lost. 100 points. */
    CRITICAL(100);

    private final int points;

    Severity(int points) {
        this.points = points;
    }

    /** The score points an alert of this severity adds to its contract's risk score. */
    public int points() {
        return points;
    }
}
