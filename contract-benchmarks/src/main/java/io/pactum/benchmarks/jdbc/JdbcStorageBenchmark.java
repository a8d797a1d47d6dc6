package io.pactum.benchmarks.jdbc;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.Direction;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.PartyRole;
import io.pactum.core.contract.Term;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.jdbc.JdbcStorage;
import io.pactum.jdbc.PactumSchema;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import io.pactum.spi.memory.InMemoryStorage;
import io.pactum.spi.port.ContractStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving and reading contracts through {@link ContractStore}: the JDBC adapter on an in-memory H2
 * database (pooled connections, one transaction per save) against the in-memory reference adapter.
 * The difference is what a host pays for durability and SQL queries over the same port.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JdbcStorageBenchmark {

    private static final CallContext CTX = CallContext.of(TenantId.of("bench"), UserId.of("u-1"), "bench");

    /** Which adapter. */
    @Param({"memory", "h2"})
    public String storage = "memory";

    private @Nullable JdbcConnectionPool pool;
    private ContractStore store = InMemoryStorage.create();
    private Contract updated = contract(0);
    private long next;

    /** For JMH. */
    public JdbcStorageBenchmark() {
    }

    /** A new, empty store per iteration, with one contract to update. */
    @Setup(Level.Iteration)
    public void open() {
        if (storage.equals("h2")) {
            JdbcConnectionPool p = JdbcConnectionPool.create("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64",
                    "sa", "");
            PactumSchema.migrate(p);
            pool = p;
            store = JdbcStorage.create(p);
        } else {
            store = InMemoryStorage.create();
        }
        updated = store.save(CTX, contract(0), 0);
        next = 1;
    }

    /** Drops the H2 database. */
    @TearDown(Level.Iteration)
    public void close() throws SQLException {
        JdbcConnectionPool p = pool;
        if (p != null) {
            try (Connection c = p.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            p.dispose();
            pool = null;
        }
    }

    /** Saves a new contract, then reads it back by id. */
    @Benchmark
    public Contract saveNewThenGet() {
        Contract saved = store.save(CTX, contract(next++), 0);
        return store.get(CTX, saved.id()).orElseThrow();
    }

    /** Updates one contract at its current revision (the compare-and-set path). */
    @Benchmark
    public Contract update() {
        updated = store.save(CTX, updated.edit(b -> b.title("revision " + updated.revision())), updated.revision());
        return updated;
    }

    private static Contract contract(long n) {
        return Contract.builder().id(ContractId.of("c-" + n)).number("SC-2026-" + n).title("IT service " + n)
                .type(ContractTypeId.of("service")).direction(Direction.SELL_SIDE)
                .party(Party.of("us", "Pactum Ltd", PartyRole.OWN_ENTITY))
                .party(Party.of("acme", "ACME Trading", PartyRole.CUSTOMER)).owner(UserId.of("u-1"))
                .department(DepartmentId.of("sales")).value(Money.of("120000.00", "CNY"))
                .term(Term.fixed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))).build();
    }
}
