package io.pactum.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.contract.ContractId;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import io.pactum.spi.port.IntegrationEventPort;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Test;

/**
 * What the runtime relies on from an {@link IntegrationEventPort} (see its Javadoc, the outbox
 * dispatcher and schema {@code pactum.event/v1} in docs/spi.md): a repeated event id has one
 * effect, per tenant; a contract's events take effect in the order they are published; a failure
 * is thrown, never swallowed, and the retry takes effect; every event type, with fields a later
 * v1 adds, is read without failing; all of it also under concurrent delivery. The delivery checks
 * are those of {@link OutboundPortTck}, declared here under this kit's names; order and added
 * fields are this kit's own.
 *
 * <p>Extend it once, implementing {@link #newOutbound()}; override {@link #forwardedTypes()}
 * when your adapter forwards only some types (the others must have no effect and not fail).
 */
public abstract class IntegrationEventPortTck extends OutboundPortTck<IntegrationEventPort, IntegrationEvent> {

    /** For subclasses. */
    protected IntegrationEventPortTck() {
        super("e-");
    }

    /**
     * A new adapter over a fresh downstream that has seen nothing. Called at least once per test.
     *
     * @return the adapter and its downstream
     */
    @Override
    protected abstract TckOutbound<IntegrationEventPort> newOutbound();

    /** The event types your adapter forwards (has an effect for); all by default. */
    protected Set<EventType> forwardedTypes() {
        return EnumSet.allOf(EventType.class);
    }

    /** A forwarded type, used by the delivery tests: the first of {@link #forwardedTypes()}. */
    private EventType forwarded() {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        types.addAll(forwardedTypes());
        return types.iterator().next();
    }

    // A forwarded type, so that every delivery check expects an effect.
    @Override
    final IntegrationEvent message(String key, TenantId tenant, ContractId contract) {
        return TckEvents.event(key, forwarded(), tenant, contract);
    }

    @Override
    final void deliver(IntegrationEventPort port, CallContext ctx, IntegrationEvent message) {
        port.publish(ctx, message);
    }

    /** One delivery, one effect, under the event id. */
    @Test
    public void publish_once_takesEffectOnce() {
        checkOnceTakesEffectOnce();
    }

    /** Any sequence of deliveries with repeats: each id takes effect once, in first-delivery order. */
    @Property(tries = 50)
    @AddLifecycleHook(ExcludedPropertiesHook.class)
    public void publish_anyRepeats_eachIdTakesEffectOnceInFirstOrder(@ForAll("deliveries") List<String> ids) {
        checkAnyRepeatsTakeEffectOnceInFirstOrder(ids);
    }

    /** Event ids are unique per tenant only: the same id in another tenant is another event. */
    @Test
    public void publish_sameIdInTwoTenants_takesEffectTwice() {
        checkSameKeyInTwoTenantsTakesEffectTwice();
    }

    /** A contract's events take effect in the order published (no reordering queue in between). */
    @Test
    public void publish_eventsOfOneContract_takeEffectInOrder() {
        TckOutbound<IntegrationEventPort> outbound = newOutbound();
        List<String> ids = List.of("e-3", "e-1", "e-5", "e-2", "e-4", "e-0");
        for (String id : ids) {
            deliver(outbound.port(), delivery(), message(id, ContractId.of("c-1")));
        }
        assertEquals(ids, outbound.downstream().effects());
    }

    /** A failing downstream surfaces as an exception, so the outbox retries; nothing took effect. */
    @Test
    public void publish_downstreamFails_throws() {
        checkDownstreamFailureThrows();
    }

    /** The retry of a failed delivery takes effect, once. */
    @Test
    public void publish_retryAfterFailure_takesEffectOnce() {
        checkRetryAfterFailureTakesEffectOnce();
    }

    /**
     * Every type of {@code pactum.event/v1}, with fields a later v1 adds anywhere (within v1,
     * fields are only ever added): read without failing; a forwarded type takes effect once, any
     * other has none.
     */
    @Property(tries = 100)
    @AddLifecycleHook(ExcludedPropertiesHook.class)
    public void publish_anyTypeWithAddedFields_isTolerated(@ForAll EventType type,
            @ForAll("addedFields") Map<String, String> added) {
        TckOutbound<IntegrationEventPort> outbound = newOutbound();
        outbound.port().publish(delivery(), TckEvents.event("e-1", type, TENANT, ContractId.of("c-1"), added));
        List<String> expected = forwardedTypes().contains(type) ? List.of("e-1") : List.of();
        assertEquals(expected, outbound.downstream().effects());
    }

    /** Several dispatchers deliver the same ids at once: each id takes effect once. */
    @Test
    public void publish_concurrentRepeats_eachIdTakesEffectOnce() throws InterruptedException {
        checkConcurrentRepeatsTakeEffectOncePerKey();
    }

    @Provide
    Arbitrary<List<String>> deliveries() {
        return Arbitraries.of("e-1", "e-2", "e-3", "e-4", "事件-5").list().ofMinSize(1).ofMaxSize(20);
    }

    @Provide
    Arbitrary<Map<String, String>> addedFields() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .map(s -> "added" + s);
        Arbitrary<String> values = Arbitraries.of("1", "-2.5", "\"text\"", "\"中文\"", "true", "null", "[]", "[1, \"x\"]",
                "{}", "{\"nested\": {\"amount\": \"1.00\"}}");
        return Arbitraries.maps(names, values).ofMaxSize(4);
    }
}
