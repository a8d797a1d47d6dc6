package io.pactum.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.Direction;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.PartyRole;
import io.pactum.core.contract.Term;
import io.pactum.core.contract.UserId;
import io.pactum.core.contract.Contract;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The migrator and the schema check on both databases. */
class PactumSchemaTest {

    static final CallContext CTX = CallContext.of(TenantId.of("acme"), UserId.of("u-1"), "test");

    static Contract contract(String id) {
        return Contract.builder().id(ContractId.of(id)).number("SC-" + id).title("Service " + id)
                .type(ContractTypeId.of("service")).direction(Direction.SELL_SIDE)
                .party(Party.of("us", "Pactum Ltd", PartyRole.OWN_ENTITY))
                .party(Party.of("acme", "ACME Trading", PartyRole.CUSTOMER)).owner(UserId.of("u-1"))
                .department(DepartmentId.of("sales")).value(Money.of("1200.00", "CNY"))
                .term(Term.fixed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).build();
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migrate_emptyDatabase_installsTheCurrentVersion(TestDatabase db) {
        try (TestDatabase.Fresh fresh = db.empty()) {
            assertEquals(0, PactumSchema.installedVersion(fresh.dataSource()));
            PactumSchema.Migration m = PactumSchema.migrate(fresh.dataSource());
            assertEquals(new PactumSchema.Migration(0, PactumSchema.VERSION), m);
            assertTrue(m.changed());
            assertEquals(PactumSchema.VERSION, PactumSchema.installedVersion(fresh.dataSource()));
            JdbcStorage storage = JdbcStorage.create(fresh.dataSource());
            storage.save(CTX, contract("c-1"), 0);
            assertEquals(1, storage.get(CTX, ContractId.of("c-1")).orElseThrow().revision());
            assertEquals(0, fresh.dataSource().openConnections());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migrate_again_changesNothingAndKeepsTheData(TestDatabase db) {
        try (TestDatabase.Fresh fresh = db.migrated()) {
            JdbcStorage.create(fresh.dataSource()).save(CTX, contract("c-1"), 0);
            PactumSchema.Migration again = PactumSchema.migrate(fresh.dataSource());
            assertFalse(again.changed());
            assertEquals(PactumSchema.VERSION, again.fromVersion());
            assertTrue(JdbcStorage.create(fresh.dataSource()).get(CTX, ContractId.of("c-1")).isPresent());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void create_withoutSchema_schemaMissing(TestDatabase db) {
        try (TestDatabase.Fresh fresh = db.empty()) {
            PactumException e = assertThrows(PactumException.class, () -> JdbcStorage.create(fresh.dataSource()));
            assertEquals(JdbcError.SCHEMA_MISSING, e.errorCode());
            assertTrue(e.getMessage().contains("PactumSchema.migrate"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void tablesDroppedWhileRunning_schemaMissing(TestDatabase db) throws SQLException {
        try (TestDatabase.Fresh fresh = db.migrated()) {
            JdbcStorage storage = JdbcStorage.create(fresh.dataSource());
            execute(fresh.dataSource(), "DROP TABLE pactum_contract_party");
            execute(fresh.dataSource(), "DROP TABLE pactum_contract");
            PactumException e = assertThrows(PactumException.class, () -> storage.get(CTX, ContractId.of("c-1")));
            assertEquals(JdbcError.SCHEMA_MISSING, e.errorCode());
            assertTrue(e.getCause() instanceof SQLException);
            assertEquals(0, fresh.dataSource().openConnections());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void newerSchema_createAndMigrateRefuse(TestDatabase db) throws SQLException {
        try (TestDatabase.Fresh fresh = db.migrated()) {
            int newer = PactumSchema.VERSION + 1;
            execute(fresh.dataSource(), "INSERT INTO pactum_schema_version (version, description) VALUES (" + newer
                    + ", 'from the future')");
            PactumException created = assertThrows(PactumException.class, () -> JdbcStorage.create(fresh.dataSource()));
            assertEquals(JdbcError.SCHEMA_TOO_NEW, created.errorCode());
            assertTrue(created.getMessage().contains("version " + newer), created.getMessage());
            PactumException migrated = assertThrows(PactumException.class,
                    () -> PactumSchema.migrate(fresh.dataSource()));
            assertEquals(JdbcError.SCHEMA_TOO_NEW, migrated.errorCode());
            assertEquals(newer, PactumSchema.installedVersion(fresh.dataSource()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void olderSchema_createRefuses(TestDatabase db) throws SQLException {
        try (TestDatabase.Fresh fresh = db.migrated()) {
            // the version table of a schema older than every script this library has
            execute(fresh.dataSource(), "DELETE FROM pactum_schema_version");
            PactumException e = assertThrows(PactumException.class, () -> JdbcStorage.create(fresh.dataSource()));
            assertEquals(JdbcError.SCHEMA_TOO_OLD, e.errorCode());
            assertTrue(e.getMessage().contains("needs " + PactumSchema.VERSION), e.getMessage());
        }
    }

    @Test
    void migrate_concurrentlyOnPostgres_oneRunsTheScriptsTheOtherWaits() throws Exception {
        try (TestDatabase.Fresh fresh = TestDatabase.POSTGRESQL.empty()) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<PactumSchema.Migration>> runs = pool.invokeAll(List.of(
                        () -> PactumSchema.migrate(fresh.dataSource()), () -> PactumSchema.migrate(fresh.dataSource())));
                long changed = 0;
                for (Future<PactumSchema.Migration> run : runs) {
                    changed += run.get().changed() ? 1 : 0;
                }
                assertEquals(1, changed);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(PactumSchema.VERSION, PactumSchema.installedVersion(fresh.dataSource()));
        }
    }

    @Test
    void statements_dropCommentsAndSplitAtLineEndSemicolons() {
        String script = "-- header; not a statement\nCREATE TABLE a (\n    x integer -- y\n);\n\n"
                + "INSERT INTO a VALUES (1);\n-- trailing\n";
        assertEquals(List.of("CREATE TABLE a (\n    x integer -- y\n)", "INSERT INTO a VALUES (1)"),
                PactumSchema.statements(script));
    }

    @Test
    void scripts_bothDatabasesDeclareTheSameTablesAndIndexes() throws IOException {
        for (int v = 1; v <= PactumSchema.VERSION; v++) {
            assertEquals(objects(script("h2", v), "TABLE"), objects(script("postgresql", v), "TABLE"));
            Set<String> h2Indexes = objects(script("h2", v), "INDEX");
            Set<String> pgIndexes = objects(script("postgresql", v), "INDEX");
            // H2 has no partial indexes: one (status, sequence) index stands for PostgreSQL's two
            pgIndexes.removeAll(Set.of("pactum_outbox_pending", "pactum_outbox_parked"));
            h2Indexes.remove("pactum_outbox_status");
            assertEquals(h2Indexes, pgIndexes);
        }
    }

    private static String script(String database, int version) throws IOException {
        try (InputStream in = PactumSchema.class.getClassLoader()
                .getResourceAsStream(PactumSchema.scriptResource(database, version))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> objects(String script, String kind) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("CREATE " + kind + " (\\w+)").matcher(script);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
