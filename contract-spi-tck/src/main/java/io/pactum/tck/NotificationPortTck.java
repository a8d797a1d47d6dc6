package io.pactum.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.UserId;
import io.pactum.spi.TenantId;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.NotificationPort;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Test;

/**
 * What the runtime relies on from a {@link NotificationPort} (see its Javadoc and the outbox
 * dispatcher): delivery is at least once, so a repeated idempotency key has one effect; a key is
 * unique per tenant only; a failure is thrown, never swallowed, and the retry of a failed
 * delivery takes effect; all of it also under concurrent delivery.
 *
 * <p>Extend it once, implementing {@link #newOutbound()}; override {@link #notification} when
 * your adapter needs recipients, channels or templates it knows.
 */
public abstract class NotificationPortTck extends OutboundTck {

    /** For subclasses. */
    protected NotificationPortTck() {
    }

    /**
     * A new adapter over a fresh downstream that has seen nothing. Called at least once per test.
     *
     * @return the adapter and its downstream
     */
    protected abstract TckOutbound<NotificationPort> newOutbound();

    /**
     * A notification your adapter delivers. By default a reminder to {@code u-tck} on channel
     * {@code email} with template {@code obligation.reminder}.
     *
     * @param idempotencyKey the key it must carry
     * @param contract the contract it is about
     */
    protected Notification notification(String idempotencyKey, ContractId contract) {
        return new Notification(idempotencyKey, UserId.of("u-tck"), "email", "obligation.reminder",
                Map.of("number", "SC-2026-" + contract.value(), "title", "IT service", "obligation", "down-payment#0",
                        "obligationTitle", "30% down payment", "dueDate", "2026-04-10", "kind", "PAYMENT_IN",
                        "step", "P7D", "scheduledFor", "2026-04-03T01:00:00Z", "outstanding", "CNY 36,000.00"),
                contract);
    }

    /** One delivery, one effect, under the notification's key. */
    @Test
    public void send_once_takesEffectOnce() {
        TckOutbound<NotificationPort> outbound = newOutbound();
        outbound.port().send(delivery(), notification("n-1", ContractId.of("c-1")));
        assertEquals(List.of("n-1"), outbound.downstream().effects());
    }

    /** The outbox delivered again (a crash before it recorded the delivery): the repeat is dropped. */
    @Test
    public void send_repeatedKey_takesEffectOnce() {
        TckOutbound<NotificationPort> outbound = newOutbound();
        Notification n = notification("n-1", ContractId.of("c-1"));
        outbound.port().send(delivery(), n);
        outbound.port().send(delivery(), n);
        outbound.port().send(delivery(), notification("n-2", ContractId.of("c-1")));
        outbound.port().send(delivery(), n);
        assertEquals(List.of("n-1", "n-2"), outbound.downstream().effects());
    }

    /** Any sequence of deliveries with repeats: each key takes effect once, in first-delivery order. */
    @Property(tries = 50)
    @AddLifecycleHook(ExcludedPropertiesHook.class)
    public void send_anyRepeats_eachKeyTakesEffectOnceInFirstOrder(@ForAll("deliveries") List<String> keys) {
        TckOutbound<NotificationPort> outbound = newOutbound();
        for (String key : keys) {
            outbound.port().send(delivery(), notification(key, ContractId.of("c-1")));
        }
        assertEquals(new ArrayList<>(new LinkedHashSet<>(keys)), outbound.downstream().effects());
    }

    /** Keys are unique per tenant only: the same key in another tenant is another notification. */
    @Test
    public void send_sameKeyInTwoTenants_takesEffectTwice() {
        TckOutbound<NotificationPort> outbound = newOutbound();
        outbound.port().send(delivery(TENANT), notification("n-1", ContractId.of("c-1")));
        outbound.port().send(delivery(TenantId.of("tck-other")), notification("n-1", ContractId.of("c-1")));
        assertEquals(List.of("n-1", "n-1"), outbound.downstream().effects());
    }

    /** A failing channel surfaces as an exception, so the outbox retries; nothing took effect. */
    @Test
    public void send_downstreamFails_throws() {
        TckOutbound<NotificationPort> outbound = newOutbound();
        outbound.downstream().breakDown();
        Notification n = notification("n-1", ContractId.of("c-1"));
        assertThrows(RuntimeException.class, () -> outbound.port().send(delivery(), n));
        assertEquals(List.of(), outbound.downstream().effects());
    }

    /**
     * The retry of a failed delivery takes effect: an adapter that remembers the key before the
     * channel accepted the message would drop the retry and lose the notification.
     */
    @Test
    public void send_retryAfterFailure_takesEffectOnce() {
        TckOutbound<NotificationPort> outbound = newOutbound();
        Notification n = notification("n-1", ContractId.of("c-1"));
        outbound.downstream().breakDown();
        assertThrows(RuntimeException.class, () -> outbound.port().send(delivery(), n));
        outbound.downstream().restore();
        outbound.port().send(delivery(), n);
        outbound.port().send(delivery(), n);
        assertEquals(List.of("n-1"), outbound.downstream().effects());
    }

    /** Several dispatchers (or nodes) deliver the same keys at once: each key takes effect once. */
    @Test
    public void send_concurrentRepeats_eachKeyTakesEffectOnce() throws InterruptedException {
        TckOutbound<NotificationPort> outbound = newOutbound();
        List<String> keys = List.of("n-1", "n-2", "n-3", "n-4", "n-5");
        TckConcurrency.run(threads(), repeatsPerThread(), (thread, i) -> {
            String key = keys.get((thread + i) % keys.size());
            outbound.port().send(delivery(), notification(key, ContractId.of("c-" + key)));
        });
        List<String> effects = outbound.downstream().effects();
        assertEquals(keys.size(), effects.size(), effects::toString);
        assertEquals(new LinkedHashSet<>(keys), new LinkedHashSet<>(effects));
    }

    /** Threads delivering at once in {@link #send_concurrentRepeats_eachKeyTakesEffectOnce()}; 8 by default. */
    protected int threads() {
        return 8;
    }

    /** Deliveries per thread there; 200 by default. */
    protected int repeatsPerThread() {
        return 200;
    }

    @Provide
    Arbitrary<List<String>> deliveries() {
        return Arbitraries.of("n-1", "n-2", "n-3", "n-4", "提醒-5").list().ofMinSize(1).ofMaxSize(20);
    }
}
