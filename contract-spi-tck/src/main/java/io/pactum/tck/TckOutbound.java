package io.pactum.tck;

import java.util.Objects;

/**
 * An outbound adapter under test and its observed downstream, made fresh for each test.
 *
 * <p>Immutable; thread safety is the adapter's.
 *
 * @param port the adapter, for example a {@code NotificationPort}
 * @param downstream the fake it delivers to
 * @param <P> the port type
 */
public record TckOutbound<P>(P port, TckDownstream downstream) {

    /** Checks presence. */
    public TckOutbound {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(downstream, "downstream");
    }
}
