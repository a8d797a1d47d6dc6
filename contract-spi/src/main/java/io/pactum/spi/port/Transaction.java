package io.pactum.spi.port;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.spi.CallContext;
import io.pactum.spi.RevisionConflictException;
import io.pactum.spi.audit.AuditEntry;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The writes of one unit of work, seen by the function passed to {@link UnitOfWork#inTransaction}.
 * Reads see the transaction's own writes. Nothing is visible outside before the function returns,
 * and nothing at all if it throws.
 *
 * <p>Used by one thread, only during the call.
 */
public interface Transaction {

    /** The context the unit of work runs in. */
    CallContext context();

    /** The contract, as stored or as written in this transaction. */
    Optional<Contract> get(ContractId id);

    /**
     * Saves a contract if its stored revision is {@code expectedRevision} ({@code 0}: new).
     *
     * @return the contract at revision {@code expectedRevision + 1}
     * @throws RevisionConflictException if the revision differs
     */
    Contract save(Contract contract, long expectedRevision);

    /** The last entry of the tenant's audit log, including one appended in this transaction. */
    Optional<AuditEntry> auditHead();

    /**
     * Appends an audit entry. The log is append-only: the entry must continue the chain.
     *
     * @throws io.pactum.core.error.PactumException {@code AUDIT_CHAIN_BROKEN} if its sequence is
     *     not head + 1 or its previous hash is not the head's hash
     */
    void appendAudit(AuditEntry entry);

    /**
     * Puts a message in the outbox.
     *
     * @param message the message
     * @param at the commit time, also its first attempt time
     * @return {@code false}, and nothing stored, if the tenant's outbox already holds (or held) a
     *     message with the same idempotency key: that makes due work exactly once per key
     */
    boolean enqueue(OutboxMessage message, Instant at);

    /** The record under this key, as this transaction sees it (its own saves included). */
    Optional<StoredRecord> getRecord(RecordKey key);

    /**
     * Every record of a kind as this transaction sees it (its own saves included), ordered by id: the
     * contract of {@link RecordStore#records}, read inside the unit of work. The runtime lists the
     * library through here during a command, so that a store over a connection pool never needs a
     * second connection while the transaction holds one (with a pool of N and N concurrent commands,
     * that would wait forever). Closing the stream is allowed and releases nothing of the transaction.
     */
    Stream<StoredRecord> records(RecordKind kind);

    /**
     * Stages a record's new state, committed with the rest of the transaction.
     *
     * @param key the key
     * @param body the JSON document
     * @param wakeAt when the runtime wants to look at the record again, or {@code null}
     * @param expectedRevision the revision the change is based on, {@code 0} for a new record
     * @return the record as it will be stored, at {@code expectedRevision + 1}
     * @throws RevisionConflictException if the revision this transaction sees differs
     */
    StoredRecord saveRecord(RecordKey key, String body, @Nullable Instant wakeAt, long expectedRevision);
}
