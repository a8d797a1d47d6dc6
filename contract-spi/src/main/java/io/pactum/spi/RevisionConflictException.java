package io.pactum.spi;

import io.pactum.core.contract.ContractId;

/**
 * A save named a revision that is no longer the stored one. Nothing was written; the caller
 * reloads and decides again. Never a lost update.
 */
public final class RevisionConflictException extends io.pactum.core.error.PactumException {

    private static final long serialVersionUID = 1L;

    private final String contractId;
    private final long expectedRevision;
    private final long actualRevision;

    /**
     * Creates the exception.
     *
     * @param contractId the contract
     * @param expectedRevision the revision the caller based its change on
     * @param actualRevision the revision stored now ({@code 0} when the contract does not exist)
     */
    public RevisionConflictException(ContractId contractId, long expectedRevision, long actualRevision) {
        super(SpiError.REVISION_CONFLICT, "revision", "contract " + contractId + " is at revision " + actualRevision
                + ", the change was based on revision " + expectedRevision);
        this.contractId = contractId.value();
        this.expectedRevision = expectedRevision;
        this.actualRevision = actualRevision;
    }

    /** The contract. */
    public ContractId contractId() {
        return ContractId.of(contractId);
    }

    /** The revision the change was based on. */
    public long expectedRevision() {
        return expectedRevision;
    }

    /** The revision stored when the change was refused. */
    public long actualRevision() {
        return actualRevision;
    }
}
