package io.pactum.jdbc;

import static io.pactum.jdbc.PactumSchemaTest.CTX;
import static io.pactum.jdbc.PactumSchemaTest.contract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.error.PactumException;
import io.pactum.spi.RevisionConflictException;
import io.pactum.spi.SpiError;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.audit.AuditOutcome;
import io.pactum.spi.port.ContractQuery;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.StoredRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every path gives its connection back: streams closed early, read to the end without a close, or
 * failing on a bad row; units of work that throw or conflict; values the schema cannot hold.
 */
class ConnectionHandlingTest {

    private static final RecordKey LEDGER = RecordKey.of(RecordKind.OBLIGATIONS, "c-1");

    private static JdbcStorage withContracts(TestDatabase.Fresh fresh, int n) {
        JdbcStorage storage = JdbcStorage.create(fresh.dataSource());
        for (int i = 0; i < n; i++) {
            storage.save(CTX, contract("c-" + i), 0);
        }
        return storage;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void scan_closedAfterOneRow_releasesTheConnection(TestDatabase db) {
        try (TestDatabase.Fresh fresh = db.migrated()) {
            JdbcStorage storage = withContracts(fresh, 5);
            try (Stream<Contract> scan = storage.scan(CTX, ContractQuery.all())) {
                Iterator<Contract> it = scan.iterator();
                assertEquals("c-0", it.next().id().value());
                assertEquals(1, fresh.dataSource().openConnections(), "the open stream holds its connection");
            }
            assertEquals(0, fresh.dataSource().openConnections());
            assertEquals(0, fresh.dataSource().openStatements());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void streams_readToTheEndWithoutClose_releaseTheConnection(TestDatabase db) {
        try (TestDatabase.Fresh fresh = db.migrated()) {
            JdbcStorage storage = withContracts(fresh, 3);
            storage.saveRecord(CTX, LEDGER, "{}", Instant.parse("2026-01-01T00:00:00Z"), 0);
            assertEquals(3, storage.scan(CTX, ContractQuery.all()).count());
            assertEquals(1, storage.records(CTX, RecordKind.OBLIGATIONS).count());
            assertEquals(1, storage.waking(CTX, RecordKind.OBLIGATIONS, Instant.MAX).count());
            assertEquals(0, fresh.dataSource().openConnections());
            assertEquals(0, fresh.dataSource().openStatements());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void scan_overACorruptedRow_typedErrorAndConnectionReleased(TestDatabase db) throws SQLException {
        try (TestDatabase.Fresh fresh = db.migrated()) {
            JdbcStorage storage = withContracts(fresh, 3);
            try (Connection c = fresh.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE pactum_contract SET body = '{\"not\": \"a contract\"}' WHERE id = 'c-1'");
            }
            try (Stream<Contract> scan = storage.scan(CTX, ContractQuery.all())) {
                PactumException e = assertThrows(PactumException.class, scan::toList);
                assertEquals(JdbcError.CORRUPTED_ROW, e.errorCode());
            }
            PactumException e = assertThrows(PactumException.class, () -> storage.get(CTX, ContractId.of("c-1")));
            assertEquals(JdbcError.CORRUPTED_ROW, e.errorCode());
            assertEquals(0, fresh.dataSource().openConnections());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void unitsOfWorkThatFail_releaseTheirConnections(TestDatabase db) {
        try (TestDatabase.Fresh fresh = db.migrated()) {
            JdbcStorage storage = withContracts(fresh, 1);
            assertThrows(RevisionConflictException.class, () -> storage.save(CTX, contract("c-0"), 0));
            assertThrows(IllegalStateException.class, () -> storage.inTransaction(CTX, tx -> {
                tx.save(contract("c-9"), 0);
                throw new IllegalStateException("the command failed");
            }));
            assertThrows(RevisionConflictException.class, () -> storage.saveRecord(CTX, LEDGER, "{}", null, 4));
            assertTrue(storage.get(CTX, ContractId.of("c-9")).isEmpty());
            assertTrue(fresh.dataSource().borrowed() > 4, "the counting data source sees the adapter's connections");
            assertEquals(0, fresh.dataSource().openConnections());
            assertEquals(0, fresh.dataSource().openStatements());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void instantsOutsideTheStoredRange_typedErrorNothingWritten(TestDatabase db) {
        try (TestDatabase.Fresh fresh = db.migrated()) {
            JdbcStorage storage = JdbcStorage.create(fresh.dataSource());
            PactumException far = assertThrows(PactumException.class,
                    () -> storage.saveRecord(CTX, LEDGER, "{}", Instant.parse("+10000-01-01T00:00:00Z"), 0));
            assertEquals(JdbcError.VALUE_OUT_OF_RANGE, far.errorCode());
            assertEquals("wakeAt", far.path());
            assertTrue(storage.getRecord(CTX, LEDGER).isEmpty());
            // an audit time is hashed, so it must be stored exactly: nanoseconds are refused, not rounded
            AuditEntry nanos = new AuditEntry(1, Instant.parse("2026-03-01T08:00:00.000000001Z"), "acme", "u-1",
                    "CREATE", "c-1", AuditOutcome.SUCCESS, null, null, "", "test", AuditEntry.GENESIS_HASH, "h");
            PactumException fine = assertThrows(PactumException.class, () -> storage.inTransaction(CTX, tx -> {
                tx.appendAudit(nanos);
                return null;
            }));
            assertEquals(JdbcError.VALUE_OUT_OF_RANGE, fine.errorCode());
            assertTrue(storage.readAll(CTX).isEmpty());
            // sub-microsecond wake-up instants are stored truncated: the record wakes at most 1 µs early
            StoredRecord saved = storage.saveRecord(CTX, LEDGER, "{}", Instant.parse("2026-03-01T08:00:00.123456789Z"), 0);
            assertEquals(Instant.parse("2026-03-01T08:00:00.123456Z"), saved.wakeAt());
            assertEquals(saved, storage.getRecord(CTX, LEDGER).orElseThrow());
            assertEquals(0, fresh.dataSource().openConnections());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recordWithoutBody_typedErrorNamingTheField(TestDatabase db) {
        try (TestDatabase.Fresh fresh = db.migrated()) {
            JdbcStorage storage = JdbcStorage.create(fresh.dataSource());
            PactumException e = assertThrows(PactumException.class, () -> storage.saveRecord(CTX, LEDGER, null, null, 0));
            assertEquals(SpiError.BAD_ARGUMENT, e.errorCode(), e.getMessage());
            assertEquals("body", e.path());
            assertTrue(storage.getRecord(CTX, LEDGER).isEmpty());
            assertEquals(0, fresh.dataSource().openConnections());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void textWithNul_h2StoresItPostgresRefusesItTyped(TestDatabase db) {
        try (TestDatabase.Fresh fresh = db.migrated()) {
            JdbcStorage storage = JdbcStorage.create(fresh.dataSource());
            Contract nul = contract("c-1").edit(b -> b.title("before\u0000after"));
            if (db == TestDatabase.H2) {
                assertEquals(nul.withRevision(1), storage.save(CTX, nul, 0));
                assertEquals(nul.withRevision(1), storage.get(CTX, ContractId.of("c-1")).orElseThrow());
            } else {
                // PostgreSQL text and jsonb cannot hold U+0000
                PactumException e = assertThrows(PactumException.class, () -> storage.save(CTX, nul, 0));
                assertEquals(JdbcError.VALUE_OUT_OF_RANGE, e.errorCode(), e.getMessage());
                assertTrue(storage.get(CTX, ContractId.of("c-1")).isEmpty());
            }
            assertEquals(0, fresh.dataSource().openConnections());
        }
    }
}
