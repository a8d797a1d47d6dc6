package io.pactum.spi.port;

/** Where an outbox entry is in its delivery. */
public enum OutboxStatus {
    /** Waiting for (another) delivery attempt. */
    PENDING,
    /** Delivered; kept for the idempotency window and audit. */
    DELIVERED,
    /** Failed too often; set aside for a person to look at, so that others flow. */
    PARKED
}
