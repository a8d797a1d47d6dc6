package io.pactum.spi.port;

import io.pactum.spi.CallContext;
import java.util.function.Function;

/**
 * Writes a change atomically: the new contract state, its audit entry and its outbox messages
 * are committed together or not at all.
 *
 * <p>An implementation must guarantee:
 * <ul>
 *   <li>atomicity: if {@code work} throws, none of its writes is visible, ever;</li>
 *   <li>isolation per tenant's audit chain: two units of work never append the same audit
 *       sequence (serialize them, or let the second fail with {@code AUDIT_CHAIN_BROKEN} or a
 *       revision conflict);</li>
 *   <li>durability when {@code inTransaction} returns;</li>
 *   <li>storage failures propagate to the caller.</li>
 * </ul>
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface UnitOfWork {

    /**
     * Runs {@code work} in one transaction and commits it when it returns.
     *
     * @param ctx the call context (tenant)
     * @param work the reads and writes
     * @param <R> the result type
     * @return what {@code work} returned
     */
    <R> R inTransaction(CallContext ctx, Function<Transaction, R> work);
}
