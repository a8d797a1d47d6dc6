package io.pactum.core.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a contract is in its lifecycle. The moves between statuses are the {@link Transition}s;
 * that enum is the one transition table.
 */
public enum ContractStatus {
    /** Being written; content may change freely. */
    DRAFT,
    /** Submitted and going through approval. */
    IN_APPROVAL,
    /** Approved, not yet sent for signature. */
    APPROVED,
    /** Rejected in approval; it goes back to draft to be revised. */
    REJECTED,
    /** Sent for signature. */
    IN_SIGNATURE,
    /** Signed by all parties, before its effective date. */
    SIGNED,
    /** In force. */
    ACTIVE,
    /** Temporarily not performed (a dispute, a payment hold). */
    SUSPENDED,
    /** Ran to the end of its term. */
    EXPIRED,
    /** Ended early. */
    TERMINATED,
    /** Replaced by its renewal, a new contract that carries on. */
    RENEWED,
    /** Replaced by another contract. */
    SUPERSEDED,
    /** Closed and kept for the retention period only. */
    ARCHIVED;

    private static final Set<ContractStatus> SIGNED_OR_LATER =
            EnumSet.of(SIGNED, ACTIVE, SUSPENDED, EXPIRED, TERMINATED, RENEWED, SUPERSEDED, ARCHIVED);

    /** Whether the content has been signed, so it may change only through an amendment. */
    public boolean isSigned() {
        return SIGNED_OR_LATER.contains(this);
    }

    /** The transitions the table allows from this status. */
    public Set<Transition> allowedTransitions() {
        Set<Transition> allowed = EnumSet.noneOf(Transition.class);
        for (Transition t : Transition.values()) {
            if (t.allowedFrom(this)) {
                allowed.add(t);
            }
        }
        return allowed;
    }

    /** Whether no transition leads out of this status. */
    public boolean isFinal() {
        return allowedTransitions().isEmpty();
    }
}
