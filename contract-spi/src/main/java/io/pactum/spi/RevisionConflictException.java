package io.pactum.spi;

import io.pactum.core.contract.ContractId;
import io.pactum.spi.port.RecordKey;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A save named a revision that is no longer the stored one. Nothing was written; the caller
 * reloads and decides again. Never a lost update. Raised for contracts and for stored records.
 */
public final class RevisionConflictException extends io.pactum.core.error.PactumException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String contractId;
    private final String subject;
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
        this.subject = "contract " + contractId;
        this.expectedRevision = expectedRevision;
        this.actualRevision = actualRevision;
    }

    /**
     * Creates the exception for a stored record.
     *
     * @param key the record
     * @param expectedRevision the revision the caller based its change on
     * @param actualRevision the revision stored now ({@code 0} when the record does not exist)
     */
    public RevisionConflictException(RecordKey key, long expectedRevision, long actualRevision) {
        super(SpiError.REVISION_CONFLICT, "revision", "record " + key + " is at revision " + actualRevision
                + ", the change was based on revision " + expectedRevision);
        this.contractId = null;
        this.subject = "record " + key;
        this.expectedRevision = expectedRevision;
        this.actualRevision = actualRevision;
    }

    /** The contract, when the conflict was on a contract rather than a stored record. */
    public Optional<ContractId> contractId() {
        return Optional.ofNullable(contractId).map(ContractId::of);
    }

    /** What conflicted, for example {@code contract c-1} or {@code record approval-process/c-1}. */
    public String subject() {
        return subject;
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
