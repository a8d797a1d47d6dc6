package io.pactum.jdbc.internal;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.error.PactumException;
import io.pactum.spi.CallContext;
import io.pactum.spi.SpiError;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.StoredRecord;
import io.pactum.spi.port.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A unit of work on one JDBC connection in one database transaction. Writes go to the database at
 * once (so reads see them, and row locks are taken in the order of the work); the caller commits
 * after {@link #beforeCommit} or rolls back.
 *
 * <p>Lock order in the runtime's units of work, which keeps them free of deadlocks with each other:
 * the contract row, then the tenant's audit head (which serialises the tenant's commands), then
 * the records they stage and the outbox keys, and at commit the outbox counter, which waits for
 * nothing else.
 */
public final class JdbcTransaction implements Transaction {

    /** Rows fetched per round trip when listing records; a library kind holds tens to hundreds. */
    private static final int LIST_FETCH_SIZE = 100;

    private final Connection connection;
    private final Dialect dialect;
    private final CallContext ctx;
    private final String tenant;
    private final List<Long> enqueued = new ArrayList<>();
    private boolean headLocked;
    private @Nullable AuditEntry head;

    /**
     * A transaction on a connection whose auto-commit is off.
     *
     * @param connection the connection
     * @param dialect its database's dialect
     * @param ctx the call context
     */
    public JdbcTransaction(Connection connection, Dialect dialect, CallContext ctx) {
        this.connection = connection;
        this.dialect = dialect;
        this.ctx = ctx;
        this.tenant = ctx.tenant().value();
    }

    @Override
    public CallContext context() {
        return ctx;
    }

    @Override
    public Optional<Contract> get(ContractId id) {
        Objects.requireNonNull(id, "id");
        try {
            return ContractRows.get(connection, tenant, id);
        } catch (SQLException e) {
            throw JdbcFailures.map(e, "reading contract " + id);
        }
    }

    @Override
    public Contract save(Contract contract, long expectedRevision) {
        Objects.requireNonNull(contract, "contract");
        try {
            return ContractRows.save(connection, dialect, tenant, contract, expectedRevision);
        } catch (SQLException e) {
            throw JdbcFailures.map(e, "saving contract " + contract.id());
        }
    }

    @Override
    public Optional<AuditEntry> auditHead() {
        lockHead();
        return Optional.ofNullable(head);
    }

    @Override
    public void appendAudit(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        lockHead();
        long expectedSequence = head == null ? 1 : head.sequence() + 1;
        String expectedPrevious = head == null ? AuditEntry.GENESIS_HASH : head.hash();
        if (entry.sequence() != expectedSequence || !entry.previousHash().equals(expectedPrevious)
                || !entry.tenant().equals(tenant)) {
            throw new PactumException(SpiError.AUDIT_CHAIN_BROKEN, "sequence", "audit entry " + entry.sequence()
                    + " does not continue the chain of tenant " + tenant + " at sequence " + (expectedSequence - 1));
        }
        try {
            AuditRows.append(connection, entry);
        } catch (SQLException e) {
            throw JdbcFailures.map(e, "appending audit entry " + entry.sequence());
        }
        head = entry;
    }

    @Override
    public boolean enqueue(OutboxMessage message, Instant at) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
        try {
            long id = OutboxRows.insert(connection, dialect, tenant, ctx.correlationId(), message, at);
            if (id < 0) {
                return false;
            }
            enqueued.add(id);
            return true;
        } catch (SQLException e) {
            throw JdbcFailures.map(e, "enqueueing " + message.idempotencyKey());
        }
    }

    @Override
    public Optional<StoredRecord> getRecord(RecordKey key) {
        Objects.requireNonNull(key, "key");
        try {
            return RecordRows.get(connection, tenant, key);
        } catch (SQLException e) {
            throw JdbcFailures.map(e, "reading record " + key);
        }
    }

    @Override
    public Stream<StoredRecord> records(RecordKind kind) {
        Objects.requireNonNull(kind, "kind");
        // On this transaction's connection, read out before returning: a lazy stream would leave a result
        // set open among the statements of the work, and another connection is what the caller must not need.
        List<StoredRecord> out = new ArrayList<>();
        try (PreparedStatement ps = RecordRows.all(connection, tenant, kind, LIST_FETCH_SIZE);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(RecordRows.read(rs));
            }
        } catch (SQLException e) {
            throw JdbcFailures.map(e, "listing " + kind + " records");
        }
        return out.stream();
    }

    @Override
    public StoredRecord saveRecord(RecordKey key, String body, @Nullable Instant wakeAt, long expectedRevision) {
        Objects.requireNonNull(key, "key");
        try {
            return RecordRows.save(connection, dialect, tenant, key, body, wakeAt, expectedRevision);
        } catch (SQLException e) {
            throw JdbcFailures.map(e, "saving record " + key);
        }
    }

    /** Numbers the enqueued messages; call last, just before commit. */
    public void beforeCommit() throws SQLException {
        if (!enqueued.isEmpty()) {
            OutboxRows.number(connection, enqueued);
        }
    }

    private void lockHead() {
        if (headLocked) {
            return;
        }
        try {
            head = AuditRows.lockHead(connection, dialect, tenant).orElse(null);
        } catch (SQLException e) {
            throw JdbcFailures.map(e, "locking the audit head of tenant " + tenant);
        }
        headLocked = true;
    }
}
