package io.pactum.spi.port;

import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes ids for events, notifications and signature requests. Ids must be unique across restarts.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface IdGenerator {

    /**
     * A new id.
     *
     * @param kind what it is for, for example {@code event}; an implementation may use it as a prefix
     */
    String newId(String kind);

    /** Random UUIDs prefixed by the kind. */
    static IdGenerator random() {
        return kind -> kind + "-" + UUID.randomUUID();
    }

    /** {@code prefix-kind-1}, {@code prefix-kind-2}…: predictable ids for tests, unique only within one generator. */
    static IdGenerator sequential(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        AtomicLong next = new AtomicLong();
        return kind -> prefix + "-" + kind + "-" + next.incrementAndGet();
    }
}
