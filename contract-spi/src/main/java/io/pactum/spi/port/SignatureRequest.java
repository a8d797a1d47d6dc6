package io.pactum.spi.port;

import io.pactum.core.contract.ContractId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A request to the e-signature provider to have a document signed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param requestId the request's id, also its idempotency key; the outcome names it
 * @param contractId the contract
 * @param documentFingerprint SHA-256 (hex) of the document to sign
 * @param signers who must sign, at least one
 * @param requestedAt when the request was made, UTC
 */
public record SignatureRequest(String requestId, ContractId contractId, String documentFingerprint,
        List<Signer> signers, Instant requestedAt) implements OutboxMessage {

    /** Checks presence and copies the signers. */
    public SignatureRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(documentFingerprint, "documentFingerprint");
        Objects.requireNonNull(requestedAt, "requestedAt");
        signers = List.copyOf(Objects.requireNonNull(signers, "signers"));
        if (signers.isEmpty()) {
            throw new IllegalArgumentException("a signature request needs at least one signer");
        }
    }

    @Override
    public String idempotencyKey() {
        return requestId;
    }
}
