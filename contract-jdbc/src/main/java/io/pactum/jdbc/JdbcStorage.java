package io.pactum.jdbc;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.error.PactumException;
import io.pactum.jdbc.internal.AuditRows;
import io.pactum.jdbc.internal.ContractRows;
import io.pactum.jdbc.internal.Dialect;
import io.pactum.jdbc.internal.JdbcFailures;
import io.pactum.jdbc.internal.JdbcTransaction;
import io.pactum.jdbc.internal.OutboxRows;
import io.pactum.jdbc.internal.RecordRows;
import io.pactum.jdbc.internal.RowStream;
import io.pactum.spi.CallContext;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.port.AuditLog;
import io.pactum.spi.port.ContractQuery;
import io.pactum.spi.port.ContractStore;
import io.pactum.spi.port.OutboxEntry;
import io.pactum.spi.port.OutboxStatus;
import io.pactum.spi.port.OutboxStore;
import io.pactum.spi.port.Page;
import io.pactum.spi.port.PageRequest;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.RecordStore;
import io.pactum.spi.port.StoredRecord;
import io.pactum.spi.port.Transaction;
import io.pactum.spi.port.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The storage ports over a relational database: contracts, stored records, the unit of work, the
 * outbox and the audit log, in the tables of {@link PactumSchema}. H2 and PostgreSQL.
 *
 * <pre>{@code
 * PactumSchema.migrate(dataSource);                 // once at start, or let Flyway run the scripts
 * JdbcStorage storage = JdbcStorage.create(dataSource);
 * ContractManager manager = ContractManager.builder().storage(storage)...build();
 * }</pre>
 *
 * <p>Connections: every call borrows a connection from the host's {@link DataSource} and returns it
 * before it returns, except the streams of {@link #scan}, {@link #records} and {@link #waking}, which
 * hold theirs until the stream is closed (or read to its end): use them in try-with-resources.
 * Pool the data source in production.
 *
 * <p>Consistency: a unit of work is one database transaction at READ COMMITTED. Saves are
 * compare-and-set updates ({@code UPDATE … WHERE revision = ?}), so a stale write is a
 * {@link io.pactum.spi.RevisionConflictException}, never a lost update; audit appends of one tenant
 * are serialised on the tenant's head row ({@code SELECT … FOR UPDATE}); outbox sequences are
 * given at commit under one counter row, so they increase in commit order.
 *
 * <p>Failures are typed: {@link JdbcError} codes, the driver's exception as the cause.
 *
 * <p>Thread-safe.
 */
public final class JdbcStorage implements ContractStore, RecordStore, UnitOfWork, OutboxStore, AuditLog {

    /** Rows fetched per round trip by the streams. */
    private static final int FETCH_SIZE = 200;

    private final DataSource dataSource;
    private final Dialect dialect;

    private JdbcStorage(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /**
     * The adapter over a database whose schema is at {@link PactumSchema#VERSION}.
     *
     * @param dataSource the host's database
     * @throws PactumException {@link JdbcError#SCHEMA_MISSING}, {@link JdbcError#SCHEMA_TOO_OLD},
     *     {@link JdbcError#SCHEMA_TOO_NEW}, {@link JdbcError#DATABASE_CORRUPTED},
     *     {@link JdbcError#UNSUPPORTED_DATABASE} or {@link JdbcError#STORAGE_FAILURE}
     */
    public static JdbcStorage create(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        PactumSchema.check(dataSource);
        try (Connection c = dataSource.getConnection()) {
            return new JdbcStorage(dataSource, Dialect.of(c));
        } catch (SQLException e) {
            throw JdbcFailures.map(e, "opening the Pactum storage");
        }
    }

    @Override
    public <R> R inTransaction(CallContext ctx, Function<Transaction, R> work) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(work, "work");
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            R result;
            try {
                c.setAutoCommit(false);
                if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
                    // set only when it differs: on PostgreSQL each change is a round trip
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
                JdbcTransaction tx = new JdbcTransaction(c, dialect, ctx);
                result = work.apply(tx);
                tx.beforeCommit();
                c.commit();
            } catch (SQLException | RuntimeException | Error e) {
                // the work's failure propagates unchanged: a failing restore only rides along
                rollback(c, e);
                restore(c, autoCommit, isolation, e);
                throw e;
            }
            restore(c, autoCommit, isolation);
            return result;
        } catch (SQLException e) {
            throw JdbcFailures.map(e, "a unit of work of tenant " + ctx.tenant());
        }
    }

    @Override
    public Optional<Contract> get(CallContext ctx, ContractId id) {
        Objects.requireNonNull(id, "id");
        return read("reading contract " + id, c -> ContractRows.get(c, ctx.tenant().value(), id));
    }

    @Override
    public Contract save(CallContext ctx, Contract contract, long expectedRevision) {
        return inTransaction(ctx, tx -> tx.save(contract, expectedRevision));
    }

    @Override
    public Page<Contract> find(CallContext ctx, ContractQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        return read("finding contracts", c -> ContractRows.find(c, ctx.tenant().value(), query, page));
    }

    /**
     * {@inheritDoc}
     *
     * <p>The stream holds a database connection until it is closed or read to its end.
     */
    @Override
    public Stream<Contract> scan(CallContext ctx, ContractQuery query) {
        Objects.requireNonNull(query, "query");
        String tenant = ctx.tenant().value();
        return stream("scanning contracts", c -> ContractRows.scan(c, tenant, query, FETCH_SIZE),
                rs -> ContractRows.parse(rs.getString(1), tenant, "?"));
    }

    @Override
    public Optional<StoredRecord> getRecord(CallContext ctx, RecordKey key) {
        Objects.requireNonNull(key, "key");
        return read("reading record " + key, c -> RecordRows.get(c, ctx.tenant().value(), key));
    }

    @Override
    public StoredRecord saveRecord(CallContext ctx, RecordKey key, String body, @Nullable Instant wakeAt,
            long expectedRevision) {
        return inTransaction(ctx, tx -> tx.saveRecord(key, body, wakeAt, expectedRevision));
    }

    /**
     * {@inheritDoc}
     *
     * <p>The stream holds a database connection until it is closed or read to its end.
     */
    @Override
    public Stream<StoredRecord> records(CallContext ctx, RecordKind kind) {
        Objects.requireNonNull(kind, "kind");
        return stream("listing " + kind + " records", c -> RecordRows.all(c, ctx.tenant().value(), kind, FETCH_SIZE),
                RecordRows::read);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The stream holds a database connection until it is closed or read to its end.
     */
    @Override
    public Stream<StoredRecord> waking(CallContext ctx, RecordKind kind, Instant until) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(until, "until");
        return stream("listing waking " + kind + " records",
                c -> RecordRows.waking(c, ctx.tenant().value(), kind, until, FETCH_SIZE), RecordRows::read);
    }

    @Override
    public Optional<AuditEntry> head(CallContext ctx) {
        return read("reading the audit head", c -> AuditRows.head(c, ctx.tenant().value()));
    }

    @Override
    public List<AuditEntry> read(CallContext ctx, long fromSequence, int limit) {
        return read("reading the audit log", c -> AuditRows.read(c, ctx.tenant().value(), fromSequence, limit));
    }

    @Override
    public List<OutboxEntry> pending(CallContext ctx, int limit) {
        return read("reading pending outbox entries", c -> OutboxRows.withStatus(c, OutboxStatus.PENDING, limit));
    }

    @Override
    public Optional<OutboxEntry> entry(CallContext ctx, long sequence) {
        return read("reading outbox entry " + sequence, c -> OutboxRows.entry(c, sequence));
    }

    @Override
    public void markDelivered(CallContext ctx, long sequence, Instant at) {
        Objects.requireNonNull(at, "at");
        write("marking outbox entry " + sequence + " delivered", c -> OutboxRows.updatePending(c, sequence,
                OutboxStatus.DELIVERED, null, at, null));
    }

    @Override
    public void markFailed(CallContext ctx, long sequence, int attempts, Instant nextAttemptAt, String error) {
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(error, "error");
        write("marking outbox entry " + sequence + " failed", c -> OutboxRows.updatePending(c, sequence,
                OutboxStatus.PENDING, attempts, nextAttemptAt, error));
    }

    @Override
    public void park(CallContext ctx, long sequence, int attempts, String error) {
        Objects.requireNonNull(error, "error");
        write("parking outbox entry " + sequence, c -> OutboxRows.updatePending(c, sequence, OutboxStatus.PARKED,
                attempts, null, error));
    }

    @Override
    public List<OutboxEntry> parked(CallContext ctx, int limit) {
        return read("reading parked outbox entries", c -> OutboxRows.withStatus(c, OutboxStatus.PARKED, limit));
    }

    @Override
    public void requeue(CallContext ctx, long sequence, Instant at) {
        Objects.requireNonNull(at, "at");
        write("requeueing outbox entry " + sequence, c -> OutboxRows.requeue(c, sequence, at));
    }

    /** Work on a connection. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T apply(Connection c) throws SQLException;
    }

    /** A write on a connection. */
    @FunctionalInterface
    private interface SqlWrite {
        void apply(Connection c) throws SQLException;
    }

    private <T> T read(String doing, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw JdbcFailures.map(e, doing);
        }
    }

    /** A single-statement change, durable when this returns (auto-commit, or committed here). */
    private void write(String doing, SqlWrite work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            try {
                c.setAutoCommit(false);
                work.apply(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                restore(c, autoCommit, Connection.TRANSACTION_READ_COMMITTED, e);
                throw e;
            }
            c.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            throw JdbcFailures.map(e, doing);
        }
    }

    private <T> Stream<T> stream(String doing, RowStream.Opener opener, RowStream.RowReader<T> reader) {
        try {
            // RowStream owns the connection from here: it closes it on every failure of its own
            return RowStream.of(dataSource.getConnection(), opener, reader, doing);
        } catch (SQLException e) {
            throw JdbcFailures.map(e, doing);
        }
    }

    /** Gives the connection back the auto-commit and isolation it came with ({@code READ_COMMITTED}: unchanged). */
    private static void restore(Connection c, boolean autoCommit, int isolation) throws SQLException {
        c.setAutoCommit(autoCommit);
        if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
            c.setTransactionIsolation(isolation);
        }
    }

    /** {@link #restore} after a failure, which stays the one thrown. */
    private static void restore(Connection c, boolean autoCommit, int isolation, Throwable failure) {
        try {
            restore(c, autoCommit, isolation);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
