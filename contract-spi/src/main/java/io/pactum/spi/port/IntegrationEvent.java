package io.pactum.spi.port;

import io.pactum.core.contract.ContractId;
import java.time.Instant;
import java.util.Objects;

/**
 * A domain event for the host's other systems. The payload is versioned JSON (schema
 * {@code pactum.event/v1}, documented in {@code docs/spi.md}); the fields here repeat its
 * envelope so that an adapter can route without parsing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param eventId the event's id, also its idempotency key
 * @param type what happened
 * @param schemaVersion the payload schema version, 1 for now
 * @param contractId the contract it happened to
 * @param occurredAt when it happened, UTC
 * @param payloadJson the JSON document
 */
public record IntegrationEvent(String eventId, EventType type, int schemaVersion, ContractId contractId,
        Instant occurredAt, String payloadJson) implements OutboxMessage {

    /** Checks presence. */
    public IntegrationEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payloadJson, "payloadJson");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schema version starts at 1, got " + schemaVersion);
        }
    }

    @Override
    public String idempotencyKey() {
        return eventId;
    }
}
