package io.pactum.tck;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.UserId;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.NotificationPort;
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
 * delivery takes effect; all of it also under concurrent delivery. The checks are those of
 * {@link OutboundPortTck}, declared here under this kit's names.
 *
 * <p>Extend it once, implementing {@link #newOutbound()}; override {@link #notification} when
 * your adapter needs recipients, channels or templates it knows.
 */
public abstract class NotificationPortTck extends OutboundPortTck<NotificationPort, Notification> {

    /** For subclasses. */
    protected NotificationPortTck() {
        super("n-");
    }

    /**
     * A new adapter over a fresh downstream that has seen nothing. Called at least once per test.
     *
     * @return the adapter and its downstream
     */
    @Override
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

    // A notification names no tenant: the tenant travels in the delivery's context only.
    @Override
    final Notification message(String key, TenantId tenant, ContractId contract) {
        return notification(key, contract);
    }

    @Override
    final void deliver(NotificationPort port, CallContext ctx, Notification message) {
        port.send(ctx, message);
    }

    /** One delivery, one effect, under the notification's key. */
    @Test
    public void send_once_takesEffectOnce() {
        checkOnceTakesEffectOnce();
    }

    /** The outbox delivered again (a crash before it recorded the delivery): the repeat is dropped. */
    @Test
    public void send_repeatedKey_takesEffectOnce() {
        checkRepeatedKeyTakesEffectOnce();
    }

    /** Any sequence of deliveries with repeats: each key takes effect once, in first-delivery order. */
    @Property(tries = 50)
    @AddLifecycleHook(ExcludedPropertiesHook.class)
    public void send_anyRepeats_eachKeyTakesEffectOnceInFirstOrder(@ForAll("deliveries") List<String> keys) {
        checkAnyRepeatsTakeEffectOnceInFirstOrder(keys);
    }

    /** Keys are unique per tenant only: the same key in another tenant is another notification. */
    @Test
    public void send_sameKeyInTwoTenants_takesEffectTwice() {
        checkSameKeyInTwoTenantsTakesEffectTwice();
    }

    /** A failing channel surfaces as an exception, so the outbox retries; nothing took effect. */
    @Test
    public void send_downstreamFails_throws() {
        checkDownstreamFailureThrows();
    }

    /**
     * The retry of a failed delivery takes effect: an adapter that remembers the key before the
     * channel accepted the message would drop the retry and lose the notification.
     */
    @Test
    public void send_retryAfterFailure_takesEffectOnce() {
        checkRetryAfterFailureTakesEffectOnce();
    }

    /** Several dispatchers (or nodes) deliver the same keys at once: each key takes effect once. */
    @Test
    public void send_concurrentRepeats_eachKeyTakesEffectOnce() throws InterruptedException {
        checkConcurrentRepeatsTakeEffectOncePerKey();
    }

    @Provide
    Arbitrary<List<String>> deliveries() {
        return Arbitraries.of("n-1", "n-2", "n-3", "n-4", "提醒-5").list().ofMinSize(1).ofMaxSize(20);
    }
}
