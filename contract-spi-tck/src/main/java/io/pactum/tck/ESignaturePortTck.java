package io.pactum.tck;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.PartyId;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import io.pactum.spi.port.ESignaturePort;
import io.pactum.spi.port.SignatureRequest;
import io.pactum.spi.port.Signer;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Test;

/**
 * What the runtime relies on from an {@link ESignaturePort} (the outbox dispatcher delivers the
 * requests that {@code sendForSignature} enqueues): delivery is at least once, so a repeated request
 * id opens one signing process at the provider; ids are unique per tenant only; a provider failure
 * is thrown, never swallowed, and the retry of a failed request takes effect; all of it also under
 * concurrent delivery. The outcome comes back through {@code ContractManager.recordSignature}, which
 * the runtime's own tests cover. The checks are those of {@link OutboundPortTck}, declared here
 * under this kit's names.
 *
 * <p>Extend it once, implementing {@link #newOutbound()}; override {@link #request} when your
 * adapter needs signers or documents it knows. The downstream's effects are the request ids of the
 * signing processes the provider opened.
 */
public abstract class ESignaturePortTck extends OutboundPortTck<ESignaturePort, SignatureRequest> {

    /** For subclasses. */
    protected ESignaturePortTck() {
        super("s-");
    }

    /**
     * A new adapter over a fresh provider fake that has seen nothing. Called at least once per test.
     *
     * @return the adapter and its downstream
     */
    @Override
    protected abstract TckOutbound<ESignaturePort> newOutbound();

    /**
     * A signature request your adapter delivers. By default one signer of the customer, for the
     * SHA-256 fingerprint of an empty document.
     *
     * @param requestId the id (and idempotency key) it must carry
     * @param contract the contract to be signed
     */
    protected SignatureRequest request(String requestId, ContractId contract) {
        return new SignatureRequest(requestId, contract,
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                List.of(new Signer(PartyId.of("acme"), "Li Lei", "li.lei@acme.example")),
                Instant.parse("2026-03-01T08:00:00Z"));
    }

    // A request names no tenant: the tenant travels in the delivery's context only.
    @Override
    final SignatureRequest message(String key, TenantId tenant, ContractId contract) {
        return request(key, contract);
    }

    @Override
    final void deliver(ESignaturePort port, CallContext ctx, SignatureRequest message) {
        port.request(ctx, message);
    }

    /** One delivery, one signing process, under the request id. */
    @Test
    public void request_once_takesEffectOnce() {
        checkOnceTakesEffectOnce();
    }

    /** The outbox delivered again (a crash before it recorded the delivery): the repeat is dropped. */
    @Test
    public void request_repeatedId_takesEffectOnce() {
        checkRepeatedKeyTakesEffectOnce();
    }

    /** Any sequence of deliveries with repeats: each id takes effect once, in first-delivery order. */
    @Property(tries = 50)
    @AddLifecycleHook(ExcludedPropertiesHook.class)
    public void request_anyRepeats_eachIdTakesEffectOnceInFirstOrder(@ForAll("deliveries") List<String> ids) {
        checkAnyRepeatsTakeEffectOnceInFirstOrder(ids);
    }

    /** Ids are unique per tenant only: the same id in another tenant is another request. */
    @Test
    public void request_sameIdInTwoTenants_takesEffectTwice() {
        checkSameKeyInTwoTenantsTakesEffectTwice();
    }

    /** A failing provider surfaces as an exception, so the outbox retries; nothing took effect. */
    @Test
    public void request_downstreamFails_throws() {
        checkDownstreamFailureThrows();
    }

    /**
     * The retry of a failed request takes effect: an adapter that remembers the id before the
     * provider accepted it would drop the retry, and the contract would wait in signature forever.
     */
    @Test
    public void request_retryAfterFailure_takesEffectOnce() {
        checkRetryAfterFailureTakesEffectOnce();
    }

    /** Several dispatchers (or nodes) deliver the same requests at once: each id takes effect once. */
    @Test
    public void request_concurrentRepeats_eachIdTakesEffectOnce() throws InterruptedException {
        checkConcurrentRepeatsTakeEffectOncePerKey();
    }

    @Provide
    Arbitrary<List<String>> deliveries() {
        return Arbitraries.of("s-1", "s-2", "s-3", "s-4", "签署-5").list().ofMinSize(1).ofMaxSize(20);
    }
}
