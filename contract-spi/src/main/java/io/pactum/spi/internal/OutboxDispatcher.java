package io.pactum.spi.internal;

import io.pactum.core.contract.UserId;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import io.pactum.spi.port.ESignaturePort;
import io.pactum.spi.port.IntegrationEvent;
import io.pactum.spi.port.IntegrationEventPort;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.NotificationPort;
import io.pactum.spi.port.OutboxEntry;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.OutboxStore;
import io.pactum.spi.port.SignatureRequest;
import io.pactum.spi.runtime.DispatchPolicy;
import io.pactum.spi.runtime.DispatchReport;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers pending outbox entries, oldest first, at least once. Entries of one contract go in
 * order: once one of them is waiting (backing off) or fails, the later ones of that contract wait
 * for the next run. A parked entry no longer holds the others back.
 *
 * <p>Adapter failures (runtime exceptions from the notification, integration or e-signature port)
 * are logged and retried; failures of the outbox store propagate. Every attempt's outcome is
 * recorded in the store before the next entry is tried, so a crash loses nothing.
 */
public final class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final UserId DISPATCHER = UserId.of("pactum-dispatcher");

    private final OutboxStore outbox;
    private final NotificationPort notifications;
    private final IntegrationEventPort events;
    private final ESignaturePort signatures;
    private final DispatchPolicy policy;

    /** Creates a dispatcher over the ports. */
    public OutboxDispatcher(OutboxStore outbox, NotificationPort notifications, IntegrationEventPort events,
            ESignaturePort signatures, DispatchPolicy policy) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.events = events;
        this.signatures = signatures;
        this.policy = policy;
    }

    /** Delivers what is due at {@code now}. */
    public DispatchReport dispatch(Instant now) {
        CallContext system = CallContext.of(TenantId.single(), DISPATCHER, "dispatch-" + now);
        List<OutboxEntry> pending = outbox.pending(system, policy.batchSize());
        Set<String> held = new HashSet<>();
        int delivered = 0;
        int failed = 0;
        int parked = 0;
        int waiting = 0;
        for (OutboxEntry e : pending) {
            String order = e.tenant().value() + "/" + e.message().contractId().value();
            if (held.contains(order) || e.nextAttemptAt().isAfter(now)) {
                held.add(order);
                waiting++;
                continue;
            }
            CallContext ctx = CallContext.of(e.tenant(), DISPATCHER, e.correlationId());
            RuntimeException failure = deliver(ctx, e.message());
            if (failure == null) {
                outbox.markDelivered(system, e.sequence(), now);
                delivered++;
                continue;
            }
            int attempts = e.attempts() + 1;
            String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            if (attempts >= policy.maxAttempts()) {
                LOG.error("outbox entry {} ({}) parked after {} failed attempts; later messages of contract {} go on",
                        e.sequence(), e.message().idempotencyKey(), attempts, e.message().contractId(), failure);
                outbox.park(system, e.sequence(), attempts, error);
                parked++;
            } else {
                Instant next = now.plus(policy.backoffAfter(attempts));
                LOG.warn("outbox entry {} ({}) failed attempt {}, retry at {}: {}", e.sequence(),
                        e.message().idempotencyKey(), attempts, next, error);
                outbox.markFailed(system, e.sequence(), attempts, next, error);
                held.add(order);
                failed++;
            }
        }
        return new DispatchReport(delivered, failed, parked, waiting);
    }

    /** Calls the adapter; a host adapter's runtime failure is returned, not thrown (it is guarded). */
    private @org.jspecify.annotations.Nullable RuntimeException deliver(CallContext ctx, OutboxMessage message) {
        try {
            if (message instanceof IntegrationEvent event) {
                events.publish(ctx, event);
            } else if (message instanceof Notification notification) {
                notifications.send(ctx, notification);
            } else if (message instanceof SignatureRequest request) {
                signatures.request(ctx, request);
            }
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
