package io.pactum.spi.runtime;

import io.pactum.spi.TenantId;
import io.pactum.spi.port.OutboxMessage;
import java.util.Objects;

/**
 * A message that due work wants sent, for a tenant. Its idempotency key makes it exactly once:
 * the outbox drops a key it has seen, so a step may propose the same message on every run.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tenant the tenant
 * @param message the reminder, alert or event
 */
public record DueMessage(TenantId tenant, OutboxMessage message) {

    /** Checks presence. */
    public DueMessage {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(message, "message");
    }
}
