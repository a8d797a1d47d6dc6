package io.pactum.spi.port;

import java.util.List;
import java.util.Objects;

/**
 * One page of a query result.
 *
 * <p>Immutable and thread-safe.
 *
 * @param items the results on this page, in the store's order
 * @param total how many results the whole query has
 * @param request the request this page answers
 * @param <T> the result type
 */
public record Page<T>(List<T> items, long total, PageRequest request) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(request, "request");
    }

    /** Whether more results follow this page. */
    public boolean hasNext() {
        return request.offset() + items.size() < total;
    }
}
