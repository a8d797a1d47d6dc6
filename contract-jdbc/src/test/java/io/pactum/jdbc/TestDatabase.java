package io.pactum.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Empty databases for tests: a new in-memory H2 database, or a new schema on one embedded
 * PostgreSQL server per JVM (started on first use, its binaries from Maven Central). Each comes
 * pooled (H2's {@link JdbcConnectionPool}) and must be {@link Fresh#close closed}.
 */
enum TestDatabase {
    /** In-memory H2. */
    H2,
    /** A schema of the embedded PostgreSQL server. */
    POSTGRESQL;

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** An empty database without Pactum's tables. */
    Fresh empty() {
        int n = COUNTER.incrementAndGet();
        try {
            if (this == H2) {
                // LOCK_TIMEOUT: H2's default of 1 s is short for 16 threads queueing on one tenant's audit head;
                // QUERY_CACHE_SIZE: a unit of work runs more distinct statements than H2's default cache of 8
                String url = "jdbc:h2:mem:pactum-" + n + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000;QUERY_CACHE_SIZE=64";
                JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
                pool.setMaxConnections(32);
                return new Fresh(pool, "SHUTDOWN");
            }
            String schema = "t" + n;
            try (Connection c = Server.INSTANCE.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
            pg.setServerNames(new String[] {"localhost"});
            pg.setPortNumbers(new int[] {Server.INSTANCE.getPort()});
            pg.setDatabaseName("postgres");
            pg.setUser("postgres");
            pg.setCurrentSchema(schema);
            JdbcConnectionPool pool = JdbcConnectionPool.create(pg);
            pool.setMaxConnections(32);
            return new Fresh(pool, null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The port of the embedded PostgreSQL server (started on first use). */
    static int postgresPort() {
        return Server.INSTANCE.getPort();
    }

    /** An empty database with Pactum's tables. */
    Fresh migrated() {
        Fresh fresh = empty();
        PactumSchema.migrate(fresh.dataSource());
        return fresh;
    }

    /** The embedded server, started once per JVM and stopped when it exits. */
    private static final class Server {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                // A throwaway server: durability settings off, which speeds up the commits of the tests
                // without changing what a transaction sees.
                EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off").start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        // the JVM is going away; the server's directory is temporary
                    }
                }));
                return pg;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One test's database: a counting, pooled data source. */
    static final class Fresh implements AutoCloseable {
        private final JdbcConnectionPool pool;
        private final CountingDataSource counting;
        private final String shutdown;

        Fresh(JdbcConnectionPool pool, String shutdown) {
            this.pool = pool;
            this.counting = new CountingDataSource(pool);
            this.shutdown = shutdown;
        }

        CountingDataSource dataSource() {
            return counting;
        }

        @Override
        public void close() {
            if (shutdown != null) {
                try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                    s.execute(shutdown);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            pool.dispose();
        }
    }
}
