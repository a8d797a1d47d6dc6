package io.pactum.spi.port;

import io.pactum.spi.CallContext;

/**
 * Sends notifications through the host's channels. Called by the outbox dispatcher, at least
 * once per notification: an implementation must drop a repeated {@link Notification#idempotencyKey()}.
 * A failure (any runtime exception) is logged and retried with backoff; it never breaks a command.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface NotificationPort {

    /**
     * Sends one notification.
     *
     * @param ctx the call context (tenant, correlation id of the command that caused it)
     * @param notification what to send
     */
    void send(CallContext ctx, Notification notification);

    /** A port that sends nothing. */
    static NotificationPort noop() {
        return (ctx, n) -> { };
    }
}
