package io.pactum.spi.port;

import io.pactum.core.contract.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * An absence: while it lasts, {@code delegate} acts for {@code absent}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param absent who is away
 * @param delegate who stands in
 * @param from start, inclusive
 * @param until end, exclusive
 */
public record Delegation(UserId absent, UserId delegate, Instant from, Instant until) {

    /** Checks presence and order. */
    public Delegation {
        Objects.requireNonNull(absent, "absent");
        Objects.requireNonNull(delegate, "delegate");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("a delegation must end after it starts: " + from + " .. " + until);
        }
    }

    /** Whether the delegation is in force at an instant. */
    public boolean covers(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }
}
