package io.pactum.jdbc;

import static io.pactum.jdbc.PactumSchemaTest.CTX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.audit.AuditOutcome;
import io.pactum.spi.port.Notification;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Enum columns edited by hand (the schema does not constrain them): reading the row back is a
 * {@link JdbcError#CORRUPTED_ROW} naming the column, like a damaged body, and the connection is released.
 */
class CorruptedRowTest {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    private static void execute(TestDatabase.Fresh fresh, String sql) throws SQLException {
        try (Connection c = fresh.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void outboxStatusNotPactums_corruptedRowNamingTheColumn(TestDatabase db) throws SQLException {
        try (TestDatabase.Fresh fresh = db.migrated()) {
            JdbcStorage storage = JdbcStorage.create(fresh.dataSource());
            storage.inTransaction(CTX, tx -> tx.enqueue(new Notification("k-1", UserId.of("u-1"), "in-app", "t",
                    Map.of(), ContractId.of("c-1")), AT));
            execute(fresh, "UPDATE pactum_outbox SET status = 'LOST'");
            PactumException e = assertThrows(PactumException.class, () -> storage.entry(CTX, 1));
            assertEquals(JdbcError.CORRUPTED_ROW, e.errorCode(), e.getMessage());
            assertEquals("status", e.path());
            assertEquals(0, fresh.dataSource().openConnections());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void auditOutcomeNotPactums_corruptedRowNamingTheColumn(TestDatabase db) throws SQLException {
        try (TestDatabase.Fresh fresh = db.migrated()) {
            JdbcStorage storage = JdbcStorage.create(fresh.dataSource());
            AuditEntry first = new AuditEntry(1, AT, "acme", "u-1", "CREATE", "c-1", AuditOutcome.SUCCESS, null,
                    null, "", "test", AuditEntry.GENESIS_HASH, "h");
            storage.inTransaction(CTX, tx -> {
                tx.appendAudit(first);
                return null;
            });
            execute(fresh, "UPDATE pactum_audit SET outcome = 'MAYBE'");
            PactumException read = assertThrows(PactumException.class, () -> storage.read(CTX, 1, 10));
            assertEquals(JdbcError.CORRUPTED_ROW, read.errorCode(), read.getMessage());
            assertEquals("outcome", read.path());
            PactumException underLock = assertThrows(PactumException.class,
                    () -> storage.inTransaction(CTX, tx -> tx.auditHead()));
            assertEquals(JdbcError.CORRUPTED_ROW, underLock.errorCode());
            assertEquals(0, fresh.dataSource().openConnections());
            assertEquals(0, fresh.dataSource().openStatements());
        }
    }
}
