package io.pactum.spi.runtime;

import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.spi.SpiError;
import io.pactum.spi.access.Action;
import org.jspecify.annotations.Nullable;

/**
 * One decision on a contract's approval process, made by the calling actor with
 * {@link ContractManager#decide}: approve their seat, reject, ask for changes, hand their seat to
 * a delegate, or (owner or submitter) withdraw.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what is decided
 * @param comment the comment, or the reason of a rejection or change request (required for those)
 * @param delegate who takes the seat, for {@link Kind#DELEGATE} only
 */
public record ApprovalDecision(Kind kind, String comment, @Nullable UserId delegate) {

    /** The kinds of decision. */
    public enum Kind {
        /** Take an open seat of the current stage. */
        APPROVE(Action.APPROVE),
        /** Refuse the contract; final. */
        REJECT(Action.REJECT),
        /** Send the contract back to draft; the owner changes and resubmits it. */
        REQUEST_CHANGES(Action.APPROVE),
        /** Let someone else take the actor's seat. */
        DELEGATE(Action.APPROVE),
        /** Take the contract out of approval (owner or submitter); final for the process. */
        WITHDRAW(Action.WITHDRAW);

        private final Action action;

        Kind(Action action) {
            this.action = action;
        }

        /** The action the access policy is asked about: who may call {@code decide} at all. */
        public Action action() {
            return action;
        }
    }

    /**
     * Checks presence; a delegate only with {@link Kind#DELEGATE}.
     *
     * @throws PactumException {@link SpiError#BAD_ARGUMENT} at the missing or misplaced part
     */
    public ApprovalDecision {
        Arguments.present(kind, "kind");
        Arguments.present(comment, "comment");
        if ((kind == Kind.DELEGATE) != (delegate != null)) {
            throw new PactumException(SpiError.BAD_ARGUMENT, "delegate", kind == Kind.DELEGATE
                    ? "a delegation names the delegate" : "only a delegation names a delegate");
        }
    }

    /** Approve the actor's seat. */
    public static ApprovalDecision approve(String comment) {
        return new ApprovalDecision(Kind.APPROVE, comment, null);
    }

    /** Reject, with a reason. */
    public static ApprovalDecision reject(String reason) {
        return new ApprovalDecision(Kind.REJECT, reason, null);
    }

    /** Ask for changes, saying which. */
    public static ApprovalDecision requestChanges(String comment) {
        return new ApprovalDecision(Kind.REQUEST_CHANGES, comment, null);
    }

    /** Hand the actor's seat to a delegate. */
    public static ApprovalDecision delegateTo(UserId delegate, String comment) {
        return new ApprovalDecision(Kind.DELEGATE, comment, delegate);
    }

    /** Withdraw (owner or submitter). */
    public static ApprovalDecision withdraw(String comment) {
        return new ApprovalDecision(Kind.WITHDRAW, comment, null);
    }
}
