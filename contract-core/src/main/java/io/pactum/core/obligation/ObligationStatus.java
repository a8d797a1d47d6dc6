package io.pactum.core.obligation;

/**
 * Where an obligation stands. Partial fulfilment keeps the status and raises the fulfilled amount.
 * Immutable and thread-safe.
 */
public enum ObligationStatus {
    /** Scheduled (or waiting for its event), not yet due. */
    PENDING,
    /** Its due date has come. */
    DUE,
    /** Its due date has passed and it is not fulfilled. */
    OVERDUE,
    /** In dispute between the parties; reminders stop until it is resolved. */
    DISPUTED,
    /** Fully fulfilled. Terminal. */
    FULFILLED,
    /** Waived by our side. Terminal. */
    WAIVED,
    /** Replaced by a rescheduled plan or an amendment. Terminal. */
    SUPERSEDED;

    /** Whether no further change is possible. */
    public boolean isTerminal() {
        return this == FULFILLED || this == WAIVED || this == SUPERSEDED;
    }

    /** Whether the obligation still has to be performed (and so gets reminders). */
    public boolean isOpen() {
        return this == PENDING || this == DUE || this == OVERDUE;
    }
}
