package io.pactum.jdbc;

import static io.pactum.jdbc.PactumSchemaTest.CTX;
import static io.pactum.jdbc.PactumSchemaTest.contract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.error.PactumException;
import io.pactum.spi.RevisionConflictException;
import io.pactum.spi.SpiError;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A unit of work (or a migration) that fails on a connection that then cannot be given back its auto-commit (the
 * link dropped during the rollback, say): the caller sees the work's own failure, unchanged, with
 * the restore failure suppressed under it — not a storage failure that hides the conflict.
 */
class RestoreFailureTest {

    /** Connections whose {@code setAutoCommit(true)} fails, as on a dropped link. */
    static DataSource failingRestore(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, target, args);
                    if (!(result instanceof Connection real)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("setAutoCommit") && Arrays.equals(a, new Object[] {true})) {
                                    throw new SQLException("connection reset", "08006");
                                }
                                return invoke(m, real, a);
                            });
                });
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void failingWork_isThrownUnchanged_restoreFailureSuppressed() {
        try (TestDatabase.Fresh fresh = TestDatabase.H2.migrated()) {
            JdbcStorage.create(fresh.dataSource()).save(CTX, contract("c-1"), 0);
            JdbcStorage storage = JdbcStorage.create(failingRestore(fresh.dataSource()));
            RevisionConflictException conflict = assertThrows(RevisionConflictException.class,
                    () -> storage.save(CTX, contract("c-1"), 0));
            assertEquals(1, conflict.actualRevision());
            assertTrue(Arrays.stream(conflict.getSuppressed()).anyMatch(s -> s instanceof SQLException),
                    Arrays.toString(conflict.getSuppressed()));
            PactumException notFound = assertThrows(PactumException.class,
                    () -> storage.markDelivered(CTX, 99, java.time.Instant.EPOCH));
            assertEquals(SpiError.OUTBOX_ENTRY_NOT_FOUND, notFound.errorCode(), notFound.getMessage());
            assertEquals(0, fresh.dataSource().openConnections());
        }
    }

    @Test
    void refusedMigration_isThrownUnchanged_restoreFailureSuppressed() throws SQLException {
        try (TestDatabase.Fresh fresh = TestDatabase.H2.migrated()) {
            try (Connection c = fresh.dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
                s.execute("INSERT INTO pactum_schema_version (version, description) VALUES ("
                        + (PactumSchema.VERSION + 1) + ", 'from the future')");
            }
            PactumException e = assertThrows(PactumException.class,
                    () -> PactumSchema.migrate(failingRestore(fresh.dataSource())));
            assertEquals(JdbcError.SCHEMA_TOO_NEW, e.errorCode(), e.getMessage());
            assertTrue(Arrays.stream(e.getSuppressed()).anyMatch(s -> s instanceof SQLException));
            assertEquals(0, fresh.dataSource().openConnections());
        }
    }
}
