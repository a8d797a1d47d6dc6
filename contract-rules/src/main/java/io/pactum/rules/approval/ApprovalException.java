package io.pactum.rules.approval;

import io.pactum.core.error.PactumException;
import io.pactum.rules.RuleError;

/**
 * A refused approval operation: a route that cannot be built (authority, separation of duties,
 * nobody eligible) or a decision the process does not accept. The code says which rule; the path
 * names the fact or input concerned.
 *
 * <p>Immutable and thread-safe.
 */
public class ApprovalException extends PactumException {

    private static final long serialVersionUID = 1L;

    private final RuleError error;

    /**
     * Creates the exception.
     *
     * @param error the code
     * @param path the fact or input concerned, or {@code ""}
     * @param message what happened, naming the facts
     */
    public ApprovalException(RuleError error, String path, String message) {
        super(error, path, message);
        this.error = error;
    }

    /** The rule error code. */
    public RuleError error() {
        return error;
    }
}
