package io.pactum.spi.audit;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the hash-chained audit log: who did what to which contract, when (UTC), the
 * fingerprints of the contract before and after, the reason given, and the chain links.
 *
 * <p>The record checks presence only: an entry read back from storage may have been tampered
 * with, and it is the {@link AuditVerifier}'s job to say so, not the constructor's.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence the position in the tenant's log, from 1, without gaps
 * @param at when the command ran, in UTC
 * @param tenant the tenant
 * @param actor the person who acted
 * @param action the command, for example {@code SUBMIT}
 * @param contractId the contract acted on
 * @param outcome success or denial
 * @param beforeFingerprint SHA-256 of the contract before, or {@code null} when it did not exist or for a denial
 * @param afterFingerprint SHA-256 of the contract after, or {@code null} for a denial
 * @param reason the reason the actor gave, or {@code ""}
 * @param correlationId the request's correlation id
 * @param previousHash the hash of the previous entry, or 64 zeros for the first
 * @param hash SHA-256 (lower-case hex) over the canonical encoding of every field above
 */
public record AuditEntry(long sequence, Instant at, String tenant, String actor, String action, String contractId,
        AuditOutcome outcome, @Nullable String beforeFingerprint, @Nullable String afterFingerprint, String reason,
        String correlationId, String previousHash, String hash) {

    /** The previous hash of the first entry of a log: 64 zeros. */
    public static final String GENESIS_HASH = "0".repeat(64);

    /** Checks presence. */
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The checkpoint this entry makes: its sequence and hash. */
    public AuditCheckpoint checkpoint() {
        return new AuditCheckpoint(sequence, hash);
    }
}
