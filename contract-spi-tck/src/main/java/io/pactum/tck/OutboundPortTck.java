package io.pactum.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.contract.ContractId;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The rules every outbound port keeps, whatever it delivers (see the outbox dispatcher): delivery
 * is at least once, so a repeated idempotency key has one effect; a key is unique per tenant only;
 * a failure is thrown, never swallowed, and nothing took effect; the retry of a failed delivery
 * takes effect; all of it also under concurrent delivery.
 *
 * <p>Only {@link NotificationPortTck}, {@link IntegrationEventPortTck} and {@link ESignaturePortTck}
 * extend it: extend one of those. Each kit supplies how to build a message and deliver it, and
 * declares the tests under its own names, each calling a check here. The declarations stay in the
 * kits because a test's exclusion id names the class that declares it ({@link TckExclusions#idOf}):
 * ids such as {@code NotificationPortTck#send_repeatedKey_takesEffectOnce} in implementers'
 * exclusion lists keep working, and each kit keeps its port's vocabulary ({@code send_},
 * {@code publish_}, {@code request_}).
 *
 * @param <P> the port type
 * @param <M> the message type the port delivers
 */
public abstract class OutboundPortTck<P, M> extends OutboundTck {

    /** The tenant of the per-tenant test's second delivery. */
    private static final TenantId OTHER_TENANT = TenantId.of("tck-other");

    private final String keyPrefix;

    /**
     * For the three kits only: package-private, like the hooks below, so an implementer extends a
     * kit and cannot bypass its message builder.
     *
     * @param keyPrefix what the kit's idempotency keys start with, for readable failure messages
     */
    OutboundPortTck(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /**
     * A new adapter over a fresh downstream that has seen nothing. Called at least once per test.
     *
     * @return the adapter and its downstream
     */
    protected abstract TckOutbound<P> newOutbound();

    /** A message with an idempotency key, for a tenant, about a contract: the kit's own builder. */
    abstract M message(String key, TenantId tenant, ContractId contract);

    /** Delivers a message through the port, as the dispatcher does. */
    abstract void deliver(P port, CallContext ctx, M message);

    /** Threads delivering at once in the kit's concurrent-repeats test; 8 by default. */
    protected int threads() {
        return 8;
    }

    /** Deliveries per thread there; 200 by default. */
    protected int repeatsPerThread() {
        return 200;
    }

    /** The kit's key number {@code n}, for example {@code n-1}. */
    final String key(int n) {
        return keyPrefix + n;
    }

    /** A message of {@link #TENANT}. */
    final M message(String key, ContractId contract) {
        return message(key, TENANT, contract);
    }

    /** One delivery, one effect, under the message's key. */
    final void checkOnceTakesEffectOnce() {
        TckOutbound<P> outbound = newOutbound();
        deliver(outbound.port(), delivery(), message(key(1), ContractId.of("c-1")));
        assertEquals(List.of(key(1)), outbound.downstream().effects());
    }

    /**
     * Repeats interleaved with another key of the same contract: only the first delivery of each
     * key takes effect (the same contract, so an adapter that deduplicates per contract fails).
     */
    final void checkRepeatedKeyTakesEffectOnce() {
        TckOutbound<P> outbound = newOutbound();
        M first = message(key(1), ContractId.of("c-1"));
        deliver(outbound.port(), delivery(), first);
        deliver(outbound.port(), delivery(), first);
        deliver(outbound.port(), delivery(), message(key(2), ContractId.of("c-1")));
        deliver(outbound.port(), delivery(), first);
        assertEquals(List.of(key(1), key(2)), outbound.downstream().effects());
    }

    /** Any sequence of deliveries with repeats: each key takes effect once, in first-delivery order. */
    final void checkAnyRepeatsTakeEffectOnceInFirstOrder(List<String> keys) {
        TckOutbound<P> outbound = newOutbound();
        for (String key : keys) {
            deliver(outbound.port(), delivery(), message(key, ContractId.of("c-1")));
        }
        assertEquals(new ArrayList<>(new LinkedHashSet<>(keys)), outbound.downstream().effects());
    }

    /** The same key in another tenant is another message: both take effect. */
    final void checkSameKeyInTwoTenantsTakesEffectTwice() {
        TckOutbound<P> outbound = newOutbound();
        deliver(outbound.port(), delivery(TENANT), message(key(1), TENANT, ContractId.of("c-1")));
        deliver(outbound.port(), delivery(OTHER_TENANT), message(key(1), OTHER_TENANT, ContractId.of("c-1")));
        assertEquals(List.of(key(1), key(1)), outbound.downstream().effects());
    }

    /** A failing downstream surfaces as an exception, so the outbox retries; nothing took effect. */
    final void checkDownstreamFailureThrows() {
        TckOutbound<P> outbound = newOutbound();
        outbound.downstream().breakDown();
        M message = message(key(1), ContractId.of("c-1"));
        assertThrows(RuntimeException.class, () -> deliver(outbound.port(), delivery(), message));
        assertEquals(List.of(), outbound.downstream().effects());
    }

    /**
     * The retry of a failed delivery takes effect, once: an adapter that remembers the key before
     * the downstream accepted the message would drop the retry.
     */
    final void checkRetryAfterFailureTakesEffectOnce() {
        TckOutbound<P> outbound = newOutbound();
        M message = message(key(1), ContractId.of("c-1"));
        outbound.downstream().breakDown();
        assertThrows(RuntimeException.class, () -> deliver(outbound.port(), delivery(), message));
        outbound.downstream().restore();
        deliver(outbound.port(), delivery(), message);
        deliver(outbound.port(), delivery(), message);
        assertEquals(List.of(key(1)), outbound.downstream().effects());
    }

    /** Several dispatchers (or nodes) deliver the same keys at once: each key takes effect once. */
    final void checkConcurrentRepeatsTakeEffectOncePerKey() throws InterruptedException {
        TckOutbound<P> outbound = newOutbound();
        List<String> keys = List.of(key(1), key(2), key(3), key(4), key(5));
        TckConcurrency.run(threads(), repeatsPerThread(), (thread, i) -> {
            String key = keys.get((thread + i) % keys.size());
            deliver(outbound.port(), delivery(), message(key, ContractId.of("c-" + key)));
        });
        List<String> effects = outbound.downstream().effects();
        assertEquals(keys.size(), effects.size(), effects::toString);
        assertEquals(new LinkedHashSet<>(keys), new LinkedHashSet<>(effects));
    }
}
