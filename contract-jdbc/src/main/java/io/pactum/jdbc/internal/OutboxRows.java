package io.pactum.jdbc.internal;

import io.pactum.core.error.PactumException;
import io.pactum.jdbc.JdbcError;
import io.pactum.spi.SpiError;
import io.pactum.spi.TenantId;
import io.pactum.spi.port.OutboxEntry;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.OutboxStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of the outbox. A message is inserted when enqueued, with its idempotency key unique per
 * tenant and no sequence yet; at commit the transaction takes the counter row's lock and numbers
 * its messages, so sequences increase in commit order (the lock is held only from numbering to
 * commit).
 */
public final class OutboxRows {

    private static final String COLUMNS = "sequence, tenant, correlation_id, message, status, attempts, enqueued_at, "
            + "next_attempt_at, last_error";

    private OutboxRows() {
    }

    /**
     * Inserts a message without a sequence.
     *
     * @return its row id, or -1 when the tenant's outbox already holds the key
     */
    public static long insert(Connection c, Dialect dialect, String tenant, String correlationId,
            OutboxMessage message, Instant at) throws SQLException {
        Instant when = Instants.stored(at, "at");
        try (PreparedStatement ps = c.prepareStatement(dialect.insertIfAbsent("INSERT INTO pactum_outbox (tenant, "
                + "idempotency_key, correlation_id, contract_id, message, status, attempts, enqueued_at, next_attempt_at) "
                + "VALUES (?, ?, ?, ?, " + dialect.json() + ", 'PENDING', 0, ?, ?)"), Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, tenant);
            ps.setString(2, message.idempotencyKey());
            ps.setString(3, correlationId);
            ps.setString(4, message.contractId().value());
            ps.setString(5, OutboxJson.write(message));
            Instants.set(ps, 6, when);
            Instants.set(ps, 7, when);
            if (dialect.executeInsertIfAbsent(ps) == 0) {
                return -1;
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong("id");
            }
        }
    }

    /** Numbers a transaction's messages, in enqueue order, after the last committed sequence. */
    public static void number(Connection c, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE pactum_outbox_counter SET last_sequence = last_sequence + ? WHERE id = 1")) {
            ps.setLong(1, ids.size());
            if (ps.executeUpdate() != 1) {
                throw new PactumException(JdbcError.CORRUPTED_ROW, "pactum_outbox_counter",
                        "the outbox counter row is missing; the schema was changed by hand");
            }
        }
        long last;
        try (PreparedStatement ps = c.prepareStatement("SELECT last_sequence FROM pactum_outbox_counter WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            last = rs.getLong(1);
        }
        long sequence = last - ids.size();
        try (PreparedStatement ps = c.prepareStatement("UPDATE pactum_outbox SET sequence = ? WHERE id = ?")) {
            for (long id : ids) {
                ps.setLong(1, ++sequence);
                ps.setLong(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Entries of a status, oldest first. */
    public static List<OutboxEntry> withStatus(Connection c, OutboxStatus status, int limit) throws SQLException {
        List<OutboxEntry> out = new ArrayList<>();
        if (limit <= 0) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM pactum_outbox WHERE status = ? "
                + "AND sequence IS NOT NULL ORDER BY sequence FETCH FIRST ? ROWS ONLY")) {
            ps.setString(1, status.name());
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    /** The entry with this sequence. */
    public static Optional<OutboxEntry> entry(Connection c, long sequence) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM pactum_outbox WHERE sequence = ?")) {
            ps.setLong(1, sequence);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Changes a pending entry's delivery state; an entry no longer pending is left as it is (a
     * second dispatcher got there first). A {@code null} attempt count, time or error keeps the
     * stored one.
     *
     * @throws PactumException {@link SpiError#OUTBOX_ENTRY_NOT_FOUND} if there is no such entry
     */
    public static void updatePending(Connection c, long sequence, OutboxStatus status, @Nullable Integer attempts,
            @Nullable Instant nextAttemptAt, @Nullable String lastError) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE pactum_outbox SET status = ?, attempts = "
                + (attempts == null ? "attempts" : "?") + ", next_attempt_at = "
                + (nextAttemptAt == null ? "next_attempt_at" : "?") + ", last_error = "
                + (lastError == null ? "last_error" : "?") + " WHERE sequence = ? AND status = 'PENDING'")) {
            int i = 1;
            ps.setString(i++, status.name());
            if (attempts != null) {
                ps.setInt(i++, attempts);
            }
            if (nextAttemptAt != null) {
                Instants.set(ps, i++, Instants.stored(nextAttemptAt, "at"));
            }
            if (lastError != null) {
                ps.setString(i++, lastError);
            }
            ps.setLong(i, sequence);
            if (ps.executeUpdate() == 0 && entry(c, sequence).isEmpty()) {
                throw new PactumException(SpiError.OUTBOX_ENTRY_NOT_FOUND, "sequence", "no outbox entry " + sequence);
            }
        }
    }

    /**
     * Puts a parked entry back in the queue with its attempts reset.
     *
     * @throws PactumException {@link SpiError#OUTBOX_ENTRY_NOT_FOUND} if no parked entry has this sequence
     */
    public static void requeue(Connection c, long sequence, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE pactum_outbox SET status = 'PENDING', attempts = 0, "
                + "next_attempt_at = ? WHERE sequence = ? AND status = 'PARKED'")) {
            Instants.set(ps, 1, Instants.stored(at, "at"));
            ps.setLong(2, sequence);
            if (ps.executeUpdate() == 0) {
                throw new PactumException(SpiError.OUTBOX_ENTRY_NOT_FOUND, "sequence",
                        "no parked outbox entry " + sequence);
            }
        }
    }

    private static OutboxEntry read(ResultSet rs) throws SQLException {
        long sequence = rs.getLong(1);
        OutboxMessage message;
        try {
            message = OutboxJson.read(rs.getString(4));
        } catch (PactumException e) {
            throw new PactumException(JdbcError.CORRUPTED_ROW, "message", "outbox entry " + sequence
                    + " does not hold a message Pactum wrote: " + e.getMessage(), e);
        }
        return new OutboxEntry(sequence, TenantId.of(rs.getString(2)), rs.getString(3), message,
                StoredEnums.read(OutboxStatus.class, rs.getString(5), "status", "outbox entry " + sequence), rs.getInt(6), Objects.requireNonNull(Instants.get(rs, 7)),
                Objects.requireNonNull(Instants.get(rs, 8)), rs.getString(9));
    }
}
