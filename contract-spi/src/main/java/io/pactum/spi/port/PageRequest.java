package io.pactum.spi.port;

import io.pactum.core.error.PactumException;
import io.pactum.spi.SpiError;

/**
 * Which slice of a result to return. Results are ordered by contract number, then id, so pages
 * are stable while nothing changes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param offset how many results to skip, 0 or more
 * @param size how many results at most, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(long offset, int size) {

    /** The largest page a store must serve. */
    public static final int MAX_SIZE = 1000;

    /**
     * Checks the bounds.
     *
     * @throws PactumException {@link SpiError#BAD_QUERY} for a negative offset or a size out of bounds
     */
    public PageRequest {
        if (offset < 0) {
            throw new PactumException(SpiError.BAD_QUERY, "offset", "page offset must not be negative, got " + offset);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new PactumException(SpiError.BAD_QUERY, "size", "page size must be 1 to " + MAX_SIZE + ", got " + size);
        }
    }

    /** The first page of this size. */
    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /** The page after this one. */
    public PageRequest next() {
        return new PageRequest(offset + size, size);
    }
}
