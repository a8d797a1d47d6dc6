package io.pactum.core.contract;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;

/** Thrown for a lifecycle transition the transition table does not allow; names the status and the transition. */
public final class IllegalTransitionException extends PactumException {

    private static final long serialVersionUID = 1L;

    private final ContractStatus status;
    private final Transition transition;

    /**
     * Creates the exception.
     *
     * @param status the current status
     * @param transition the transition attempted
     */
    public IllegalTransitionException(ContractStatus status, Transition transition) {
        super(CoreError.ILLEGAL_TRANSITION, "status", "cannot " + transition + " a contract in status " + status
                + "; allowed from " + status + ": " + status.allowedTransitions());
        this.status = status;
        this.transition = transition;
    }

    /** The status the contract was in. */
    public ContractStatus status() {
        return status;
    }

    /** The transition attempted. */
    public Transition transition() {
        return transition;
    }
}
