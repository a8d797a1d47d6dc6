package io.pactum.spi.port;

import io.pactum.spi.CallContext;

/**
 * Forwards domain events to the host's other systems. Called by the outbox dispatcher, at least
 * once per event and in order per contract: an implementation must drop a repeated
 * {@link IntegrationEvent#eventId()}. A failure is logged and retried with backoff.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface IntegrationEventPort {

    /**
     * Publishes one event.
     *
     * @param ctx the call context
     * @param event the event
     */
    void publish(CallContext ctx, IntegrationEvent event);

    /** A port that forwards nothing. */
    static IntegrationEventPort noop() {
        return (ctx, e) -> { };
    }
}
