package io.pactum.jdbc;

import static io.pactum.jdbc.PactumSchemaTest.CTX;
import static io.pactum.jdbc.PactumSchemaTest.contract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.contract.ContractId;
import io.pactum.core.error.PactumException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 in a file, the embedded default: data survives a restart; a file that is not a database is a typed error. */
class H2FileTest {

    private static JdbcDataSource file(Path base) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + base.toAbsolutePath() + ";IFEXISTS=FALSE");
        ds.setUser("sa");
        return ds;
    }

    private static void shutdown(JdbcDataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void fileDatabase_survivesAShutdown(@TempDir Path dir) throws SQLException {
        JdbcDataSource ds = file(dir.resolve("pactum"));
        PactumSchema.migrate(ds);
        JdbcStorage.create(ds).save(CTX, contract("c-1"), 0);
        shutdown(ds);
        JdbcDataSource reopened = file(dir.resolve("pactum"));
        assertEquals(1, JdbcStorage.create(reopened).get(CTX, ContractId.of("c-1")).orElseThrow().revision());
        shutdown(reopened);
    }

    @Test
    void fileThatIsNotADatabase_databaseCorrupted(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pactum.mv.db"), "these are meeting notes, not an H2 database\n".repeat(200));
        JdbcDataSource ds = file(dir.resolve("pactum"));
        PactumException migrate = assertThrows(PactumException.class, () -> PactumSchema.migrate(ds));
        assertEquals(JdbcError.DATABASE_CORRUPTED, migrate.errorCode(), migrate.getMessage());
        PactumException create = assertThrows(PactumException.class, () -> JdbcStorage.create(ds));
        assertEquals(JdbcError.DATABASE_CORRUPTED, create.errorCode());
    }

    @Test
    void zeroedDatabaseFile_databaseCorrupted(@TempDir Path dir) throws IOException, SQLException {
        JdbcDataSource ds = file(dir.resolve("pactum"));
        PactumSchema.migrate(ds);
        shutdown(ds);
        Path db = dir.resolve("pactum.mv.db");
        byte[] bytes = Files.readAllBytes(db);
        byte[] damaged = new byte[bytes.length];
        System.arraycopy(bytes, 0, damaged, 0, 64);  // keep a little of the header, zero the rest
        Files.write(db, damaged);
        PactumException e = assertThrows(PactumException.class, () -> JdbcStorage.create(file(dir.resolve("pactum"))));
        assertEquals(JdbcError.DATABASE_CORRUPTED, e.errorCode(), e.getMessage());
    }

    @Test
    void databaseFileCutShort_databaseCorrupted(@TempDir Path dir) throws IOException, SQLException {
        JdbcDataSource ds = file(dir.resolve("pactum"));
        PactumSchema.migrate(ds);
        shutdown(ds);
        Path db = dir.resolve("pactum.mv.db");
        byte[] bytes = Files.readAllBytes(db);
        // one 4 KiB block of header left: H2 reads past the end of the file (its I/O error 90028)
        Files.write(db, java.util.Arrays.copyOf(bytes, 4096));
        PactumException e = assertThrows(PactumException.class, () -> JdbcStorage.create(file(dir.resolve("pactum"))));
        assertEquals(JdbcError.DATABASE_CORRUPTED, e.errorCode(), e.getMessage());
    }
}
