package io.pactum.rules.facts;

/** The risk level assessed for a contract, ordered from lowest to highest. */
public enum RiskLevel {
    /** Low risk. */
    LOW,
    /** Medium risk. */
    MEDIUM,
    /** High risk. */
    HIGH,
    /** Critical risk. */
    CRITICAL
}
