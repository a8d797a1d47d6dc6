package io.pactum.spi.runtime;

/**
 * What one dispatch run did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param delivered entries delivered
 * @param failed entries whose delivery failed and will be retried
 * @param parked entries set aside after too many failures
 * @param waiting pending entries not tried: backing off, or behind an earlier entry of the same contract
 */
public record DispatchReport(int delivered, int failed, int parked, int waiting) {
}
