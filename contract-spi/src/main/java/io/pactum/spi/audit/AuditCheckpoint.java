package io.pactum.spi.audit;

import java.util.Objects;

/**
 * An exported mark of the audit log: the sequence and hash of its last entry at some moment.
 * Kept outside the log's storage (printed, e-mailed, written to another system), it lets the
 * {@link AuditVerifier} detect a log cut short, which the chain alone cannot.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence the sequence of the last entry, {@code 0} for an empty log
 * @param hash that entry's hash, {@link AuditEntry#GENESIS_HASH} for an empty log
 */
public record AuditCheckpoint(long sequence, String hash) {

    /** Checks the values. */
    public AuditCheckpoint {
        Objects.requireNonNull(hash, "hash");
        if (sequence < 0) {
            throw new IllegalArgumentException("checkpoint sequence must not be negative, got " + sequence);
        }
    }

    /** The checkpoint of an empty log. */
    public static AuditCheckpoint empty() {
        return new AuditCheckpoint(0, AuditEntry.GENESIS_HASH);
    }
}
