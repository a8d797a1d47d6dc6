package io.pactum.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.contract.ContractId;
import io.pactum.spi.TenantId;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IntegrationEvent;
import io.pactum.spi.port.IntegrationEventPort;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
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
 * v1 adds, is read without failing; all of it also under concurrent delivery.
 *
 * <p>Extend it once, implementing {@link #newOutbound()}; override {@link #forwardedTypes()}
 * when your adapter forwards only some types (the others must have no effect and not fail).
 */
public abstract class IntegrationEventPortTck extends OutboundTck {

    /** For subclasses. */
    protected IntegrationEventPortTck() {
    }

    /**
     * A new adapter over a fresh downstream that has seen nothing. Called at least once per test.
     *
     * @return the adapter and its downstream
     */
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

    private IntegrationEvent event(String id, String contract) {
        return TckEvents.event(id, forwarded(), TENANT, ContractId.of(contract));
    }

    /** One delivery, one effect, under the event id. */
    @Test
    public void publish_once_takesEffectOnce() {
        TckOutbound<IntegrationEventPort> outbound = newOutbound();
        outbound.port().publish(delivery(), event("e-1", "c-1"));
        assertEquals(List.of("e-1"), outbound.downstream().effects());
    }

    /** Any sequence of deliveries with repeats: each id takes effect once, in first-delivery order. */
    @Property(tries = 50)
    @AddLifecycleHook(ExcludedPropertiesHook.class)
    public void publish_anyRepeats_eachIdTakesEffectOnceInFirstOrder(@ForAll("deliveries") List<String> ids) {
        TckOutbound<IntegrationEventPort> outbound = newOutbound();
        for (String id : ids) {
            outbound.port().publish(delivery(), event(id, "c-1"));
        }
        assertEquals(new ArrayList<>(new LinkedHashSet<>(ids)), outbound.downstream().effects());
    }

    /** Event ids are unique per tenant only: the same id in another tenant is another event. */
    @Test
    public void publish_sameIdInTwoTenants_takesEffectTwice() {
        TckOutbound<IntegrationEventPort> outbound = newOutbound();
        outbound.port().publish(delivery(TENANT), event("e-1", "c-1"));
        TenantId other = TenantId.of("tck-other");
        outbound.port().publish(delivery(other), TckEvents.event("e-1", forwarded(), other, ContractId.of("c-1")));
        assertEquals(List.of("e-1", "e-1"), outbound.downstream().effects());
    }

    /** A contract's events take effect in the order published (no reordering queue in between). */
    @Test
    public void publish_eventsOfOneContract_takeEffectInOrder() {
        TckOutbound<IntegrationEventPort> outbound = newOutbound();
        List<String> ids = List.of("e-3", "e-1", "e-5", "e-2", "e-4", "e-0");
        for (String id : ids) {
            outbound.port().publish(delivery(), event(id, "c-1"));
        }
        assertEquals(ids, outbound.downstream().effects());
    }

    /** A failing downstream surfaces as an exception, so the outbox retries; nothing took effect. */
    @Test
    public void publish_downstreamFails_throws() {
        TckOutbound<IntegrationEventPort> outbound = newOutbound();
        outbound.downstream().breakDown();
        IntegrationEvent e = event("e-1", "c-1");
        assertThrows(RuntimeException.class, () -> outbound.port().publish(delivery(), e));
        assertEquals(List.of(), outbound.downstream().effects());
    }

    /** The retry of a failed delivery takes effect, once. */
    @Test
    public void publish_retryAfterFailure_takesEffectOnce() {
        TckOutbound<IntegrationEventPort> outbound = newOutbound();
        IntegrationEvent e = event("e-1", "c-1");
        outbound.downstream().breakDown();
        assertThrows(RuntimeException.class, () -> outbound.port().publish(delivery(), e));
        outbound.downstream().restore();
        outbound.port().publish(delivery(), e);
        outbound.port().publish(delivery(), e);
        assertEquals(List.of("e-1"), outbound.downstream().effects());
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
        TckOutbound<IntegrationEventPort> outbound = newOutbound();
        List<String> ids = List.of("e-1", "e-2", "e-3", "e-4", "e-5");
        TckConcurrency.run(threads(), repeatsPerThread(), (thread, i) -> {
            String id = ids.get((thread + i) % ids.size());
            outbound.port().publish(delivery(), event(id, "c-" + id));
        });
        List<String> effects = outbound.downstream().effects();
        assertEquals(ids.size(), effects.size(), effects::toString);
        assertEquals(new LinkedHashSet<>(ids), new LinkedHashSet<>(effects));
    }

    /** Threads delivering at once in the concurrency test; 8 by default. */
    protected int threads() {
        return 8;
    }

    /** Deliveries per thread there; 200 by default. */
    protected int repeatsPerThread() {
        return 200;
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
