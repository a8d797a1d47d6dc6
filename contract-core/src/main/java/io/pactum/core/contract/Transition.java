package io.pactum.core.contract;

import static io.pactum.core.contract.ContractStatus.ACTIVE;
import static io.pactum.core.contract.ContractStatus.APPROVED;
import static io.pactum.core.contract.ContractStatus.ARCHIVED;
import static io.pactum.core.contract.ContractStatus.DRAFT;
import static io.pactum.core.contract.ContractStatus.EXPIRED;
import static io.pactum.core.contract.ContractStatus.IN_APPROVAL;
import static io.pactum.core.contract.ContractStatus.IN_SIGNATURE;
import static io.pactum.core.contract.ContractStatus.REJECTED;
import static io.pactum.core.contract.ContractStatus.RENEWED;
import static io.pactum.core.contract.ContractStatus.SIGNED;
import static io.pactum.core.contract.ContractStatus.SUPERSEDED;
import static io.pactum.core.contract.ContractStatus.SUSPENDED;
import static io.pactum.core.contract.ContractStatus.TERMINATED;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The named lifecycle transitions, and with them the one transition table of the lifecycle: each
 * constant lists the statuses it may start from and the status it leads to.
 *
 * <pre>
 * submit            DRAFT                                 → IN_APPROVAL
 * withdraw          IN_APPROVAL                           → DRAFT
 * approve           IN_APPROVAL                           → APPROVED
 * reject            IN_APPROVAL                           → REJECTED
 * revise            REJECTED, APPROVED                    → DRAFT
 * sendForSignature  APPROVED                              → IN_SIGNATURE
 * signatureFailed   IN_SIGNATURE                          → APPROVED   (declined or expired)
 * recordSignature   IN_SIGNATURE                          → SIGNED
 * activate          SIGNED                                → ACTIVE
 * suspend           ACTIVE                                → SUSPENDED
 * resume            SUSPENDED                             → ACTIVE
 * expire            ACTIVE, SUSPENDED                     → EXPIRED
 * terminate         SIGNED, ACTIVE, SUSPENDED             → TERMINATED
 * renew             ACTIVE, EXPIRED                       → RENEWED
 * supersede         SIGNED, ACTIVE, SUSPENDED             → SUPERSEDED
 * archive           REJECTED, EXPIRED, TERMINATED,
 *                   RENEWED, SUPERSEDED                   → ARCHIVED
 * </pre>
 */
public enum Transition {
    /** Submit a draft for approval. */
    SUBMIT(IN_APPROVAL, DRAFT),
    /** Take a contract back out of approval. */
    WITHDRAW(DRAFT, IN_APPROVAL),
    /** Approval completed. */
    APPROVE(APPROVED, IN_APPROVAL),
    /** Approval refused. */
    REJECT(REJECTED, IN_APPROVAL),
    /** Back to draft to change it: after a rejection, or to change an approved contract before signing. */
    REVISE(DRAFT, REJECTED, APPROVED),
    /** Signature requests sent out. */
    SEND_FOR_SIGNATURE(IN_SIGNATURE, APPROVED),
    /** A signer declined or the request expired: back to approved, to send again. */
    SIGNATURE_FAILED(APPROVED, IN_SIGNATURE),
    /** All signatures recorded. */
    RECORD_SIGNATURE(SIGNED, IN_SIGNATURE),
    /** The effective date is reached. */
    ACTIVATE(ACTIVE, SIGNED),
    /** Performance put on hold. */
    SUSPEND(SUSPENDED, ACTIVE),
    /** Performance resumed. */
    RESUME(ACTIVE, SUSPENDED),
    /** The term ran out without renewal. */
    EXPIRE(EXPIRED, ACTIVE, SUSPENDED),
    /** Ended early. */
    TERMINATE(TERMINATED, SIGNED, ACTIVE, SUSPENDED),
    /** Replaced by its renewal. */
    RENEW(RENEWED, ACTIVE, EXPIRED),
    /** Replaced by another contract. */
    SUPERSEDE(SUPERSEDED, SIGNED, ACTIVE, SUSPENDED),
    /** Closed for good. */
    ARCHIVE(ARCHIVED, REJECTED, EXPIRED, TERMINATED, RENEWED, SUPERSEDED);

    private final ContractStatus target;
    private final Set<ContractStatus> sources;

    Transition(ContractStatus target, ContractStatus first, ContractStatus... more) {
        this.target = target;
        this.sources = EnumSet.of(first, more);
    }

    /** The status this transition leads to. */
    public ContractStatus target() {
        return target;
    }

    /** The statuses this transition may start from. */
    public Set<ContractStatus> sources() {
        return EnumSet.copyOf(sources);
    }

    /** Whether the table allows this transition from {@code status}. */
    public boolean allowedFrom(ContractStatus status) {
        return sources.contains(Objects.requireNonNull(status, "status"));
    }

    /**
     * The status after this transition.
     *
     * @throws IllegalTransitionException if the table does not allow it from {@code status}
     */
    public ContractStatus applyTo(ContractStatus status) {
        if (!allowedFrom(status)) {
            throw new IllegalTransitionException(status, this);
        }
        return target;
    }
}
