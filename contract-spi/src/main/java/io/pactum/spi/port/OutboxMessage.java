package io.pactum.spi.port;

import io.pactum.core.contract.ContractId;

/**
 * Something the runtime must tell the outside world once a change is committed: an integration
 * event, a notification or a signature request. Stored in the outbox in the same unit of work as
 * the change, then delivered at least once.
 */
public sealed interface OutboxMessage permits IntegrationEvent, Notification, SignatureRequest {

    /** The key a receiver uses to drop a repeated delivery; unique per tenant. */
    String idempotencyKey();

    /** The contract the message is about: messages of one contract are delivered in order. */
    ContractId contractId();
}
