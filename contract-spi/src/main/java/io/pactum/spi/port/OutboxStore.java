package io.pactum.spi.port;

import io.pactum.spi.CallContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The persisted delivery state of the outbox. Messages enter it only through
 * {@link Transaction#enqueue}, together with the change that caused them; the dispatcher reads
 * pending entries and records each attempt here, so a crash at any point loses nothing (a message
 * delivered but not yet marked is delivered again: at least once).
 *
 * <p>The outbox is one queue for all tenants; entries carry their tenant. The context's tenant is
 * not a filter here; it identifies the dispatcher's call for logs.
 *
 * <p>An implementation must guarantee: {@link #pending} returns pending entries in increasing
 * {@link OutboxEntry#sequence()} (commit order), whatever their next attempt time; the mark
 * methods are durable when they return and act on pending entries only.
 *
 * <p>Implementations must be thread-safe.
 */
public interface OutboxStore {

    /**
     * The oldest pending entries.
     *
     * @param ctx the call context
     * @param limit how many at most
     */
    List<OutboxEntry> pending(CallContext ctx, int limit);

    /** The entry with this sequence, in any status. */
    Optional<OutboxEntry> entry(CallContext ctx, long sequence);

    /**
     * Records a delivery.
     *
     * @param ctx the call context
     * @param sequence the entry
     * @param at when it was delivered
     */
    void markDelivered(CallContext ctx, long sequence, Instant at);

    /**
     * Records a failed attempt and when to try again.
     *
     * @param ctx the call context
     * @param sequence the entry
     * @param attempts the failed attempts so far, this one included
     * @param nextAttemptAt the earliest next attempt
     * @param error what went wrong
     */
    void markFailed(CallContext ctx, long sequence, int attempts, Instant nextAttemptAt, String error);

    /**
     * Sets an entry aside after too many failures.
     *
     * @param ctx the call context
     * @param sequence the entry
     * @param attempts the failed attempts, this one included
     * @param error the last failure
     */
    void park(CallContext ctx, long sequence, int attempts, String error);

    /** Parked entries, oldest first, for a person to look at. */
    List<OutboxEntry> parked(CallContext ctx, int limit);

    /**
     * Puts a parked entry back into the queue with its attempts reset, after the cause was fixed.
     *
     * @param ctx the call context
     * @param sequence the entry
     * @param at the earliest next attempt
     */
    void requeue(CallContext ctx, long sequence, Instant at);
}
