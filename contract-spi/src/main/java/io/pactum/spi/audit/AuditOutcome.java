package io.pactum.spi.audit;

/** What became of an audited command. */
public enum AuditOutcome {
    /** The command changed the contract. */
    SUCCESS,
    /** The access policy refused the command; nothing changed. */
    DENIED
}
