package io.pactum.spi.memory;

import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import io.pactum.spi.port.ESignaturePort;
import io.pactum.spi.port.IntegrationEvent;
import io.pactum.spi.port.IntegrationEventPort;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.NotificationPort;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.SignatureRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The reference outbound adapter: a notification, integration-event and e-signature port that
 * records what it receives and behaves as an idempotent receiver should. {@link #deliveries()} is
 * every call, repeats included; {@link #effects()} is what an idempotent receiver acts on, each
 * idempotency key once; {@link #duplicatesDropped()} counts the repeats it dropped. Tests make it
 * fail on purpose with {@link #failWhen}.
 *
 * <p>Thread-safe.
 */
public final class RecordingOutbound implements NotificationPort, IntegrationEventPort, ESignaturePort {

    private final List<OutboxMessage> deliveries = new ArrayList<>();
    private final List<OutboxMessage> effects = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private volatile Predicate<OutboxMessage> failWhen = m -> false;

    private RecordingOutbound() {
    }

    /** A recorder that accepts everything. */
    public static RecordingOutbound create() {
        return new RecordingOutbound();
    }

    /**
     * Makes deliveries of matching messages throw, as a broken channel would.
     *
     * @param condition which messages fail; {@code m -> false} to heal
     */
    public void failWhen(Predicate<OutboxMessage> condition) {
        this.failWhen = Objects.requireNonNull(condition, "condition");
    }

    @Override
    public void send(CallContext ctx, Notification notification) {
        receive(ctx.tenant(), notification);
    }

    @Override
    public void publish(CallContext ctx, IntegrationEvent event) {
        receive(ctx.tenant(), event);
    }

    @Override
    public void request(CallContext ctx, SignatureRequest request) {
        receive(ctx.tenant(), request);
    }

    private void receive(TenantId tenant, OutboxMessage message) {
        if (failWhen.test(message)) {
            throw new IllegalStateException("channel unavailable for " + message.idempotencyKey());
        }
        synchronized (this) {
            deliveries.add(message);
            if (seen.add(tenant + "/" + message.idempotencyKey())) {
                effects.add(message);
            }
        }
    }

    /** Every delivery received, repeats included, in arrival order. */
    public synchronized List<OutboxMessage> deliveries() {
        return List.copyOf(deliveries);
    }

    /** The messages acted on: each idempotency key once, in first-arrival order. */
    public synchronized List<OutboxMessage> effects() {
        return List.copyOf(effects);
    }

    /** How many repeated deliveries were dropped. */
    public synchronized int duplicatesDropped() {
        return deliveries.size() - effects.size();
    }

    /** The integration events acted on. */
    public synchronized List<IntegrationEvent> events() {
        return effects.stream().filter(IntegrationEvent.class::isInstance).map(IntegrationEvent.class::cast).toList();
    }

    /** The notifications acted on. */
    public synchronized List<Notification> notifications() {
        return effects.stream().filter(Notification.class::isInstance).map(Notification.class::cast).toList();
    }

    /** The signature requests acted on. */
    public synchronized List<SignatureRequest> signatureRequests() {
        return effects.stream().filter(SignatureRequest.class::isInstance).map(SignatureRequest.class::cast).toList();
    }
}
