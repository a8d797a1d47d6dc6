package io.pactum.jdbc;

import io.pactum.core.error.PactumException;
import io.pactum.jdbc.internal.Dialect;
import io.pactum.jdbc.internal.JdbcFailures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Pactum's tables: the versioned SQL scripts under {@code io/pactum/jdbc/schema/<database>/} and a
 * built-in migrator that applies the missing ones.
 *
 * <p>Each script {@code V<n>__pactum.sql} records its own version in {@code pactum_schema_version},
 * so the same files can be adopted by Flyway or Liquibase instead of {@link #migrate}; the adapter
 * checks the recorded version at start ({@link #check}).
 *
 * <p>Thread-safe: all methods are stateless. On PostgreSQL concurrent migrations serialise on an
 * advisory lock, and a version's scripts commit together or not at all; H2 commits each DDL
 * statement, so an H2 migration that fails half way leaves the tables it made.
 */
public final class PactumSchema {

    /** The schema version this library reads and writes. */
    public static final int VERSION = 1;

    /** The advisory lock key PostgreSQL migrations serialise on ("PCT7" in ASCII). */
    private static final long MIGRATION_LOCK = 0x50435437L;

    private PactumSchema() {
    }

    /**
     * What a migration did.
     *
     * @param fromVersion the version found, 0 for an empty database
     * @param toVersion the version now installed, {@link #VERSION}
     */
    public record Migration(int fromVersion, int toVersion) {

        /** Whether scripts ran. */
        public boolean changed() {
            return fromVersion != toVersion;
        }
    }

    /**
     * Creates or upgrades Pactum's tables to {@link #VERSION}; does nothing when they are current.
     * Tables go into the connection's current schema.
     *
     * @param dataSource the host's database
     * @return the versions before and after
     * @throws PactumException {@link JdbcError#SCHEMA_TOO_NEW} if a newer library wrote the schema,
     *     {@link JdbcError#MIGRATION_FAILED} if a script fails, {@link JdbcError#DATABASE_CORRUPTED},
     *     {@link JdbcError#UNSUPPORTED_DATABASE} or {@link JdbcError#STORAGE_FAILURE}
     */
    public static Migration migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try (Connection c = dataSource.getConnection()) {
            Dialect dialect = Dialect.of(c);
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                if (dialect == Dialect.POSTGRESQL) {
                    try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                        lock.setLong(1, MIGRATION_LOCK);
                        lock.execute();
                    }
                }
                int found = installedVersion(c, dialect);
                if (found > VERSION) {
                    throw tooNew(found);
                }
                for (int v = found + 1; v <= VERSION; v++) {
                    run(c, dialect, v);
                }
                c.commit();
                c.setAutoCommit(autoCommit);
                return new Migration(found, VERSION);
            } catch (SQLException | RuntimeException e) {
                // the migration's own failure is the one to report; cleaning up after it only rides along
                try {
                    c.rollback();
                    c.setAutoCommit(autoCommit);
                } catch (SQLException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw JdbcFailures.map(e, "migrating the Pactum schema");
        }
    }

    /**
     * The version recorded in the database, 0 when it has no Pactum schema.
     *
     * @param dataSource the host's database
     */
    public static int installedVersion(DataSource dataSource) {
        return Math.max(0, recordedVersion(dataSource));
    }

    /** The version recorded, -1 without a version table (0 for an empty one). */
    private static int recordedVersion(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try (Connection c = dataSource.getConnection()) {
            Dialect dialect = Dialect.of(c);
            return hasVersionTable(c, dialect) ? installedVersion(c, dialect) : -1;
        } catch (SQLException e) {
            throw JdbcFailures.map(e, "reading the Pactum schema version");
        }
    }

    /**
     * Checks that the database holds exactly the schema version this library expects.
     *
     * @param dataSource the host's database
     * @throws PactumException {@link JdbcError#SCHEMA_MISSING}, {@link JdbcError#SCHEMA_TOO_OLD} or
     *     {@link JdbcError#SCHEMA_TOO_NEW}
     */
    public static void check(DataSource dataSource) {
        int found = recordedVersion(dataSource);
        if (found < 0) {
            throw new PactumException(JdbcError.SCHEMA_MISSING, "dataSource",
                    "the database has no Pactum tables (pactum_schema_version not found in the current schema); run "
                            + "PactumSchema.migrate(dataSource) or the scripts under io/pactum/jdbc/schema/");
        }
        if (found < VERSION) {
            throw new PactumException(JdbcError.SCHEMA_TOO_OLD, "dataSource", "the Pactum schema is at version "
                    + found + ", this library needs " + VERSION + "; run PactumSchema.migrate(dataSource)");
        }
        if (found > VERSION) {
            throw tooNew(found);
        }
    }

    /**
     * The classpath resource of a script.
     *
     * @param database {@code h2} or {@code postgresql}
     * @param version from 1 to {@link #VERSION}
     */
    public static String scriptResource(String database, int version) {
        return "io/pactum/jdbc/schema/" + database + "/V" + version + "__pactum.sql";
    }

    /** The statements of a script: comment lines dropped, split at a {@code ;} that ends a line. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static void run(Connection c, Dialect dialect, int version) throws SQLException {
        String resource = scriptResource(dialect.folder(), version);
        String script;
        try (InputStream in = PactumSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new PactumException(JdbcError.MIGRATION_FAILED, "version", "script " + resource + " is missing");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PactumException(JdbcError.MIGRATION_FAILED, "version", "cannot read " + resource, e);
        }
        try (Statement s = c.createStatement()) {
            for (String sql : statements(script)) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new PactumException(JdbcError.MIGRATION_FAILED, "version", resource + " failed at: "
                            + sql.lines().findFirst().orElse("") + " … : " + e.getMessage(), e);
                }
            }
        }
    }

    private static int installedVersion(Connection c, Dialect dialect) throws SQLException {
        if (!hasVersionTable(c, dialect)) {
            return 0;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM pactum_schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Looks in the catalogue rather than querying: a failed query would abort a PostgreSQL transaction. */
    private static boolean hasVersionTable(Connection c, Dialect dialect) throws SQLException {
        String name = dialect == Dialect.H2 ? "PACTUM_SCHEMA_VERSION" : "pactum_schema_version";
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        try (ResultSet rs = meta.getTables(c.getCatalog(), schema, name, new String[] {"TABLE", "BASE TABLE"})) {
            if (rs.next()) {
                return true;
            }
        }
        // A database created with other identifier casing (H2 with DATABASE_TO_LOWER, say).
        try (ResultSet rs = meta.getTables(c.getCatalog(), schema, name.toLowerCase(Locale.ROOT).equals(name)
                ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT), new String[] {"TABLE", "BASE TABLE"})) {
            return rs.next();
        }
    }

    private static PactumException tooNew(int found) {
        return new PactumException(JdbcError.SCHEMA_TOO_NEW, "dataSource", "the Pactum schema is at version " + found
                + ", newer than the " + VERSION + " this library knows: a newer Pactum wrote it; upgrade the library");
    }
}
