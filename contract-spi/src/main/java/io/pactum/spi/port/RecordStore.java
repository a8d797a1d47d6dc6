package io.pactum.spi.port;

import io.pactum.spi.CallContext;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Storage of the records the runtime keeps beside contracts (see {@link RecordKind}): JSON
 * documents under a key, with optimistic locking and a wake-up index.
 *
 * <p>Writes that belong to a command go through {@link Transaction#saveRecord}, so that they commit
 * with the contract, the audit entry and the outgoing messages; the methods here are for reading,
 * and for a save that is a unit of work on its own (loading a library).
 *
 * <p>An implementation must guarantee: records are isolated per tenant; a save naming a stale
 * revision throws {@link io.pactum.spi.RevisionConflictException} and writes nothing; the body is
 * returned exactly as saved; {@link #records} is ordered by id and {@link #waking} by wake-up
 * instant, then id. Implementations must be thread-safe.
 */
public interface RecordStore {

    /** The record under this key, if any. */
    Optional<StoredRecord> getRecord(CallContext ctx, RecordKey key);

    /**
     * Saves a record in a unit of work of its own.
     *
     * @param ctx the call context
     * @param key the key
     * @param body the JSON document
     * @param wakeAt when the runtime wants to look at the record again, or {@code null}
     * @param expectedRevision the revision the change is based on, {@code 0} for a new record
     * @return the stored record, at {@code expectedRevision + 1}
     * @throws io.pactum.spi.RevisionConflictException if the stored revision differs
     */
    StoredRecord saveRecord(CallContext ctx, RecordKey key, String body, @Nullable Instant wakeAt,
            long expectedRevision);

    /** Every record of a kind, ordered by id. The stream may hold a connection: close it. */
    Stream<StoredRecord> records(CallContext ctx, RecordKind kind);

    /**
     * The records of a kind whose wake-up instant is at or before {@code until}, ordered by that
     * instant, then id. Records without a wake-up instant are never returned. The stream may hold a
     * connection: close it.
     */
    Stream<StoredRecord> waking(CallContext ctx, RecordKind kind, Instant until);
}
