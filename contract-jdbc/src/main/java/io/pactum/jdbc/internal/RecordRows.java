package io.pactum.jdbc.internal;

import io.pactum.spi.RevisionConflictException;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.StoredRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The SQL of stored records: {@code pactum_record}, keyed by tenant, kind and id. */
public final class RecordRows {

    private RecordRows() {
    }

    /** The stored record, if any. */
    public static Optional<StoredRecord> get(Connection c, String tenant, RecordKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kind, id, revision, body, wake_at FROM pactum_record WHERE tenant = ? AND kind = ? AND id = ?")) {
            ps.setString(1, tenant);
            ps.setString(2, key.kind().name());
            ps.setString(3, key.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** A compare-and-set save inside the caller's transaction, as for contracts. */
    public static StoredRecord save(Connection c, Dialect dialect, String tenant, RecordKey key, String body,
            @Nullable Instant wakeAt, long expectedRevision) throws SQLException {
        Objects.requireNonNull(key, "key");
        // a missing body is the caller's bad argument: StoredRecord refuses it typed, naming "body"
        StoredRecord saved = new StoredRecord(key, expectedRevision + 1, body, Instants.storedOrNull(wakeAt, "wakeAt"));
        int written;
        if (expectedRevision == 0) {
            try (PreparedStatement ps = c.prepareStatement(dialect.insertIfAbsent(
                    "INSERT INTO pactum_record (tenant, kind, id, revision, body, wake_at) VALUES (?, ?, ?, ?, ?, ?)"))) {
                ps.setString(1, tenant);
                ps.setString(2, key.kind().name());
                ps.setString(3, key.id());
                ps.setLong(4, saved.revision());
                ps.setString(5, body);
                Instants.set(ps, 6, saved.wakeAt());
                written = dialect.executeInsertIfAbsent(ps);
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("UPDATE pactum_record SET revision = ?, body = ?, wake_at = ? "
                    + "WHERE tenant = ? AND kind = ? AND id = ? AND revision = ?")) {
                ps.setLong(1, saved.revision());
                ps.setString(2, body);
                Instants.set(ps, 3, saved.wakeAt());
                ps.setString(4, tenant);
                ps.setString(5, key.kind().name());
                ps.setString(6, key.id());
                ps.setLong(7, expectedRevision);
                written = ps.executeUpdate();
            }
        }
        if (written != 1) {
            throw new RevisionConflictException(key, expectedRevision, get(c, tenant, key).map(StoredRecord::revision)
                    .orElse(0L));
        }
        return saved;
    }

    /** The statement listing a kind's records by id; the caller owns it. */
    public static PreparedStatement all(Connection c, String tenant, RecordKind kind, int fetchSize)
            throws SQLException {
        PreparedStatement ps = c.prepareStatement("SELECT kind, id, revision, body, wake_at FROM pactum_record "
                + "WHERE tenant = ? AND kind = ? ORDER BY id");
        try {
            ps.setFetchSize(fetchSize);
            ps.setString(1, tenant);
            ps.setString(2, kind.name());
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /** The statement listing the records due by {@code until}, by wake-up instant then id; the caller owns it. */
    public static PreparedStatement waking(Connection c, String tenant, RecordKind kind, Instant until, int fetchSize)
            throws SQLException {
        PreparedStatement ps = c.prepareStatement("SELECT kind, id, revision, body, wake_at FROM pactum_record "
                + "WHERE tenant = ? AND kind = ? AND wake_at IS NOT NULL AND wake_at <= ? ORDER BY wake_at, id");
        try {
            ps.setFetchSize(fetchSize);
            ps.setString(1, tenant);
            ps.setString(2, kind.name());
            Instants.set(ps, 3, Instants.bound(until));
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /** The record of the current row (columns kind, id, revision, body, wake_at). */
    public static StoredRecord read(ResultSet rs) throws SQLException {
        return new StoredRecord(RecordKey.of(RecordKind.of(rs.getString(1)), rs.getString(2)), rs.getLong(3),
                rs.getString(4), Instants.get(rs, 5));
    }
}
