package io.pactum.examples.quickstart.runtime;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import io.pactum.core.error.PactumException;
import io.pactum.jdbc.JdbcError;
import io.pactum.jdbc.JdbcStorage;
import io.pactum.jdbc.PactumSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The quickstart's database: migrated with the adapter's built-in migrator, then pooled with
 * HikariCP as a host would run it. The migration goes through one plain driver connection
 * before the pool exists, so a database that cannot be used (a damaged H2 file, a newer schema)
 * is reported with the adapter's typed error at once, not as a pool time-out.
 *
 * <p>Close it to shut the pool; an H2 file is then released for the next run.
 */
public final class QuickstartDatabase implements AutoCloseable {

    /** The tables of schema version 1 (docs/jdbc.md), dropped by {@code --reset} on PostgreSQL. */
    private static final List<String> TABLES = List.of("pactum_contract_party", "pactum_contract", "pactum_record",
            "pactum_audit", "pactum_audit_head", "pactum_outbox", "pactum_outbox_counter", "pactum_schema_version");

    private final HikariDataSource pool;
    private final JdbcStorage storage;
    private final PactumSchema.Migration migration;

    private QuickstartDatabase(HikariDataSource pool, JdbcStorage storage, PactumSchema.Migration migration) {
        this.pool = pool;
        this.storage = storage;
        this.migration = migration;
    }

    /**
     * Opens (and creates or upgrades) the database.
     *
     * @param url a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
     * @param user the user, if any ({@code sa} for H2 when absent)
     * @param password the password, if any
     * @param reset whether to start from an empty database
     * @throws PactumException the adapter's typed errors, for example {@link JdbcError#DATABASE_CORRUPTED}
     */
    public static QuickstartDatabase open(String url, Optional<String> user, Optional<String> password, boolean reset) {
        Objects.requireNonNull(url, "url");
        boolean h2 = url.startsWith("jdbc:h2:");
        String name = user.orElse(h2 ? "sa" : null);
        String secret = password.orElse(h2 ? "" : null);
        if (reset) {
            reset(url, name, secret);
        }
        PactumSchema.Migration migration = PactumSchema.migrate(direct(url, name, secret));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(name);
        config.setPassword(secret);
        config.setPoolName("pactum-quickstart");
        // One writer (the simulated year) and a stream or two: a small pool is plenty.
        config.setMaximumPoolSize(4);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            return new QuickstartDatabase(pool, JdbcStorage.create(pool), migration);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static DataSource direct(String url, String user, String password) {
        return new DriverDataSource(url, null, new Properties(), user, password);
    }

    /** Empties the database: an H2 file is deleted, other H2 databases and PostgreSQL lose Pactum's tables. */
    private static void reset(String url, String user, String password) {
        Optional<Path> file = h2File(url);
        if (file.isPresent()) {
            try {
                Files.deleteIfExists(Path.of(file.get() + ".mv.db"));
                Files.deleteIfExists(Path.of(file.get() + ".trace.db"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the quickstart's database " + file.get(), e);
            }
            return;
        }
        try (Connection c = direct(url, user, password).getConnection(); Statement s = c.createStatement()) {
            if (url.startsWith("jdbc:h2:")) {
                s.execute("DROP ALL OBJECTS");
            } else {
                for (String table : TABLES) {
                    s.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
                }
            }
        } catch (SQLException e) {
            throw new PactumException(JdbcError.STORAGE_FAILURE, "--reset", "cannot empty the database: " + e.getMessage(), e);
        }
    }

    /** The file of a {@code jdbc:h2:file:PATH[;options]} or {@code jdbc:h2:PATH} URL, if it names one. */
    static Optional<Path> h2File(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length());
        int options = rest.indexOf(';');
        String target = options < 0 ? rest : rest.substring(0, options);
        if (target.startsWith("file:")) {
            return Optional.of(Path.of(target.substring("file:".length())));
        }
        if (target.startsWith("mem:") || target.startsWith("tcp:") || target.startsWith("ssl:") || target.startsWith("zip:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(target));
    }

    /** The storage ports over the pool. */
    public JdbcStorage storage() {
        return storage;
    }

    /** What the migration at opening did: {@code 0 -> 1} for a new database, {@code 1 -> 1} for an existing one. */
    public PactumSchema.Migration migration() {
        return migration;
    }

    @Override
    public void close() {
        pool.close();
    }
}
