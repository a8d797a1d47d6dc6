package io.pactum.rules.approval;

/** The kinds of event in an approval process's history. */
public enum DecisionKind {
    /** Submitted for approval. */
    SUBMIT,
    /** Approved a seat, with a comment. */
    APPROVE,
    /** Rejected, with a reason. */
    REJECT,
    /** Asked for changes, with a comment. */
    REQUEST_CHANGES,
    /** Handed a seat to a delegate. */
    DELEGATE,
    /** The stage's SLA was breached and the escalation target added. */
    ESCALATE,
    /** Withdrawn by the submitter or owner. */
    WITHDRAW,
    /** Resubmitted after changes. */
    RESUBMIT,
    /** Reset by a material change. */
    RESET
}
