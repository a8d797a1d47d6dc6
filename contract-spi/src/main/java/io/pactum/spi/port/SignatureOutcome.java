package io.pactum.spi.port;

import io.pactum.core.contract.ContractId;
import java.time.Instant;
import java.util.Objects;

/**
 * What the e-signature provider reports back for a request.
 *
 * <p>Immutable and thread-safe.
 *
 * @param requestId the request this answers
 * @param contractId the contract
 * @param documentFingerprint the fingerprint of the document that was signed (or declined)
 * @param result signed, declined or expired
 * @param signer who signed or declined, or the provider's name for an expiry
 * @param at when, UTC
 */
public record SignatureOutcome(String requestId, ContractId contractId, String documentFingerprint, Result result,
        String signer, Instant at) {

    /** Checks presence. */
    public SignatureOutcome {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(documentFingerprint, "documentFingerprint");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(at, "at");
    }

    /** The provider's verdict. */
    public enum Result {
        /** Every signer signed. */
        SIGNED,
        /** A signer declined. */
        DECLINED,
        /** The request expired before everyone signed. */
        EXPIRED
    }
}
