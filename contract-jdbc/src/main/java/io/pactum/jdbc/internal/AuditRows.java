package io.pactum.jdbc.internal;

import io.pactum.core.error.PactumException;
import io.pactum.spi.SpiError;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.audit.AuditOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of the audit log: entries in {@code pactum_audit}, and per tenant a head row in
 * {@code pactum_audit_head} that a unit of work locks before appending, so that appends of one
 * tenant are serialised and a chain never forks.
 */
public final class AuditRows {

    private static final String COLUMNS = "sequence, at, tenant, actor, action, contract_id, outcome, "
            + "before_fingerprint, after_fingerprint, reason, correlation_id, previous_hash, hash";

    private AuditRows() {
    }

    /** The last entry of a tenant's log, without locking. */
    public static Optional<AuditEntry> head(Connection c, String tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM pactum_audit WHERE tenant = ? "
                + "ORDER BY sequence DESC FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Locks the tenant's head row for the rest of the transaction (creating it on the first append)
     * and returns the head entry. Later appends of the tenant wait for this transaction to end.
     */
    public static Optional<AuditEntry> lockHead(Connection c, Dialect dialect, String tenant) throws SQLException {
        long sequence = lockedSequence(c, tenant);
        if (sequence < 0) {
            try (PreparedStatement ps = c.prepareStatement(dialect.insertIfAbsent(
                    "INSERT INTO pactum_audit_head (tenant, sequence, hash) VALUES (?, 0, ?)"))) {
                ps.setString(1, tenant);
                ps.setString(2, AuditEntry.GENESIS_HASH);
                dialect.executeInsertIfAbsent(ps);
            }
            sequence = lockedSequence(c, tenant);
        }
        if (sequence <= 0) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM pactum_audit WHERE tenant = ? AND sequence = ?")) {
            ps.setString(1, tenant);
            ps.setLong(2, sequence);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new PactumException(SpiError.AUDIT_CHAIN_BROKEN, "sequence", "the audit head of tenant "
                            + tenant + " names entry " + sequence + ", which is missing");
                }
                return Optional.of(read(rs));
            }
        }
    }

    /** Appends an entry after the locked head and moves the head. */
    public static void append(Connection c, AuditEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pactum_audit (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, e.sequence());
            Instants.set(ps, 2, Instants.exact(e.at(), "at"));
            ps.setString(3, e.tenant());
            ps.setString(4, e.actor());
            ps.setString(5, e.action());
            ps.setString(6, e.contractId());
            ps.setString(7, e.outcome().name());
            ps.setString(8, e.beforeFingerprint());
            ps.setString(9, e.afterFingerprint());
            ps.setString(10, e.reason());
            ps.setString(11, e.correlationId());
            ps.setString(12, e.previousHash());
            ps.setString(13, e.hash());
            ps.executeUpdate();
        } catch (SQLException failure) {
            if (JdbcFailures.isUniqueViolation(failure)) {
                // the head lock makes this unreachable; the key is the last line of defence against a fork
                throw new PactumException(SpiError.AUDIT_CHAIN_BROKEN, "sequence", "tenant " + e.tenant()
                        + " already holds audit entry " + e.sequence(), failure);
            }
            throw failure;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE pactum_audit_head SET sequence = ?, hash = ? WHERE tenant = ?")) {
            ps.setLong(1, e.sequence());
            ps.setString(2, e.hash());
            ps.setString(3, e.tenant());
            ps.executeUpdate();
        }
    }

    /** Entries from a sequence, in order. */
    public static List<AuditEntry> read(Connection c, String tenant, long fromSequence, int limit) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        if (limit <= 0) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM pactum_audit WHERE tenant = ? "
                + "AND sequence >= ? ORDER BY sequence FETCH FIRST ? ROWS ONLY")) {
            ps.setString(1, tenant);
            ps.setLong(2, fromSequence);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    private static long lockedSequence(Connection c, String tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT sequence FROM pactum_audit_head WHERE tenant = ? FOR UPDATE")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        AuditOutcome outcome = StoredEnums.read(AuditOutcome.class, rs.getString(7), "outcome",
                "audit entry " + rs.getLong(1) + " of tenant " + rs.getString(3));
        return new AuditEntry(rs.getLong(1), java.util.Objects.requireNonNull(Instants.get(rs, 2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), outcome,
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13));
    }
}
