package io.pactum.rules.approval;

/** Where an approval process stands. */
public enum ProcessStatus {
    /** Waiting for decisions on the current stage. */
    IN_APPROVAL,
    /** An approver asked for changes; the submitter resubmits or withdraws. */
    CHANGES_REQUESTED,
    /** Every stage approved. Final. */
    APPROVED,
    /** An approver rejected. Final. */
    REJECTED,
    /** The submitter or owner withdrew. Final. */
    WITHDRAWN;

    /** Whether no further decision is possible. */
    public boolean isFinal() {
        return this == APPROVED || this == REJECTED || this == WITHDRAWN;
    }
}
