package io.pactum.spi.port;

import io.pactum.spi.TenantId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message in the outbox with its delivery state.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence the store-wide position, assigned at commit, increasing in commit order
 * @param tenant the tenant whose change produced it
 * @param correlationId the correlation id of that change
 * @param message what to deliver
 * @param status pending, delivered or parked
 * @param attempts failed delivery attempts so far
 * @param enqueuedAt when it was committed
 * @param nextAttemptAt the earliest time of the next attempt
 * @param lastError the last failure's message, or {@code null}
 */
public record OutboxEntry(long sequence, TenantId tenant, String correlationId, OutboxMessage message,
        OutboxStatus status, int attempts, Instant enqueuedAt, Instant nextAttemptAt, @Nullable String lastError) {

    /** Checks presence. */
    public OutboxEntry {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(enqueuedAt, "enqueuedAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, got " + attempts);
        }
    }
}
