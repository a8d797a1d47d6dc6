package io.pactum.spi.port;

import io.pactum.spi.CallContext;

/**
 * Asks the host's e-signature provider for signatures. Called by the outbox dispatcher at least
 * once per request: an implementation must drop a repeated {@link SignatureRequest#requestId()}.
 * The provider's answer comes back through
 * {@code ContractManager.recordSignature(CallContext, SignatureOutcome, String)}.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ESignaturePort {

    /**
     * Sends a signature request.
     *
     * @param ctx the call context
     * @param request the document fingerprint and the signers
     */
    void request(CallContext ctx, SignatureRequest request);

    /** A port that sends nothing, for hosts that sign on paper. */
    static ESignaturePort noop() {
        return (ctx, r) -> { };
    }
}
