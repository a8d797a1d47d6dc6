package io.pactum.spi.runtime;

import io.pactum.core.error.PactumException;
import io.pactum.spi.SpiError;
import java.time.Duration;

/**
 * How the outbox dispatcher retries: attempt {@code n} that fails waits
 * {@code min(maxBackoff, baseBackoff × 2^(n-1))}, measured on the manager's clock; after
 * {@code maxAttempts} failures the entry is parked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxAttempts failures before parking, at least 1
 * @param baseBackoff the wait after the first failure, positive
 * @param maxBackoff the longest wait, at least {@code baseBackoff}
 * @param batchSize how many pending entries one dispatch run reads, 1 to 10,000
 */
public record DispatchPolicy(int maxAttempts, Duration baseBackoff, Duration maxBackoff, int batchSize) {

    /**
     * Checks the bounds.
     *
     * @throws PactumException {@link SpiError#BAD_ARGUMENT} at the field out of bounds
     */
    public DispatchPolicy {
        Arguments.present(baseBackoff, "baseBackoff");
        Arguments.present(maxBackoff, "maxBackoff");
        if (maxAttempts < 1) {
            throw new PactumException(SpiError.BAD_ARGUMENT, "maxAttempts", "maxAttempts must be at least 1, got " + maxAttempts);
        }
        if (baseBackoff.isNegative() || baseBackoff.isZero()) {
            throw new PactumException(SpiError.BAD_ARGUMENT, "baseBackoff", "baseBackoff must be positive, got " + baseBackoff);
        }
        if (maxBackoff.compareTo(baseBackoff) < 0) {
            throw new PactumException(SpiError.BAD_ARGUMENT, "maxBackoff", "maxBackoff " + maxBackoff + " is shorter than baseBackoff " + baseBackoff);
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new PactumException(SpiError.BAD_ARGUMENT, "batchSize", "batchSize must be 1 to 10000, got " + batchSize);
        }
    }

    /** 10 attempts, from 30 seconds doubling up to 1 hour, batches of 500. */
    public static DispatchPolicy standard() {
        return new DispatchPolicy(10, Duration.ofSeconds(30), Duration.ofHours(1), 500);
    }

    /** The wait after the {@code attempts}-th failure. */
    public Duration backoffAfter(int attempts) {
        Duration wait = baseBackoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
