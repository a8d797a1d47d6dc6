package io.pactum.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.memory.InMemoryDirectory;
import io.pactum.spi.port.ContractQuery;
import io.pactum.spi.port.Person;
import io.pactum.spi.runtime.ContractManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** The code of docs/jdbc.md, run. */
class JdbcDocExamplesTest {

    private static final CallContext CTX = CallContext.of(TenantId.of("acme-group"), UserId.of("u-zhang"), "req-1");

    private static ContractManager manager(JdbcStorage storage) {
        return ContractManager.builder().storage(storage)
                .directory(InMemoryDirectory.create().add(Person.of("u-zhang", "sales", "admin")))
                .accessPolicy(AccessPolicy.standard()).build();
    }

    @Test
    void h2File_migrateCreateAndRunCommands(@TempDir Path dir) throws Exception {
        Path home = dir;
        InMemoryDirectory directory = InMemoryDirectory.create().add(Person.of("u-zhang", "sales", "admin"));
        AccessPolicy policy = AccessPolicy.standard();
        // doc:h2
        JdbcConnectionPool dataSource = JdbcConnectionPool.create(
                "jdbc:h2:file:" + home.resolve("pactum") + ";LOCK_TIMEOUT=10000", "sa", "");
        PactumSchema.migrate(dataSource);                      // creates or upgrades the tables; idempotent
        JdbcStorage storage = JdbcStorage.create(dataSource);  // checks the schema version
        ContractManager manager = ContractManager.builder()
                .storage(storage)                              // contracts, records, unit of work, outbox, audit
                .directory(directory)
                .accessPolicy(policy)
                .build();
        // end
        try {
            manager.createDraft(CTX, PactumSchemaTest.contract("c-1"), "new deal");
            assertEquals(1, storage.readAll(CTX).size());
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            dataSource.dispose();
        }
    }

    @Test
    void postgres_migrateCreateAndScan() throws Exception {
        String host = "localhost";
        int port = TestDatabase.postgresPort();
        // doc:postgres
        PGSimpleDataSource pg = new PGSimpleDataSource();      // in production: a pool (HikariCP, your container's)
        pg.setServerNames(new String[] {host});
        pg.setPortNumbers(new int[] {port});
        pg.setDatabaseName("postgres");
        pg.setUser("postgres");
        pg.setCurrentSchema("pactum_docs");                     // tables go into the first schema of the search path
        DataSource dataSource = pg;
        // end
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA pactum_docs");
        }
        PactumSchema.migrate(dataSource);
        JdbcStorage storage = JdbcStorage.create(dataSource);
        manager(storage).createDraft(CTX, PactumSchemaTest.contract("c-1"), "new deal");
        // doc:scan
        ContractQuery drafts = ContractQuery.all().withStatuses(Set.of(ContractStatus.DRAFT));
        List<String> numbers = new ArrayList<>();
        try (Stream<Contract> scan = storage.scan(CTX, drafts)) {   // holds a connection until closed
            scan.forEach(contract -> numbers.add(contract.number()));
        }
        // end
        assertEquals(List.of("SC-c-1"), numbers);
    }

    @Test
    void missingSchema_typedError() {
        try (TestDatabase.Fresh fresh = TestDatabase.H2.empty()) {
            DataSource dataSource = fresh.dataSource();
            String code = null;
            // doc:errors
            try {
                JdbcStorage.create(dataSource);
            } catch (PactumException e) {
                if (e.errorCode() == JdbcError.SCHEMA_MISSING || e.errorCode() == JdbcError.SCHEMA_TOO_OLD) {
                    // run PactumSchema.migrate(dataSource), or your Flyway migration, then start again
                }
                code = e.errorCode().code();                    // PCT-7001
            }
            // end
            assertEquals("PCT-7001", code);
            assertTrue(fresh.dataSource().openConnections() == 0);
        }
    }
}
