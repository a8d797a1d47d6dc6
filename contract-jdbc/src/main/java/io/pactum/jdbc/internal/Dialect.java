package io.pactum.jdbc.internal;

import io.pactum.core.error.PactumException;
import io.pactum.jdbc.JdbcError;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What differs between the supported databases: where their schema scripts live, how a JSON value
 * is bound, and how an insert that may hit a unique key is written without breaking the transaction.
 */
public enum Dialect {
    /** H2 2.x: JSON is kept as text; a duplicate key fails only its statement, so it is caught. */
    H2("h2", "?") {
        @Override
        public String insertIfAbsent(String insert) {
            return insert;
        }

        @Override
        public int executeInsertIfAbsent(PreparedStatement insert) throws SQLException {
            try {
                return insert.executeUpdate();
            } catch (SQLException e) {
                if (JdbcFailures.isUniqueViolation(e)) {
                    return 0;
                }
                throw e;
            }
        }
    },
    /**
     * PostgreSQL: JSON bodies are {@code jsonb}; a failed statement aborts the whole transaction,
     * so a possible duplicate is an {@code ON CONFLICT DO NOTHING} that waits for a racing insert.
     */
    POSTGRESQL("postgresql", "CAST(? AS jsonb)") {
        @Override
        public String insertIfAbsent(String insert) {
            return insert + " ON CONFLICT DO NOTHING";
        }

        @Override
        public int executeInsertIfAbsent(PreparedStatement insert) throws SQLException {
            return insert.executeUpdate();
        }
    };

    private final String folder;
    private final String jsonParameter;

    Dialect(String folder, String jsonParameter) {
        this.folder = folder;
        this.jsonParameter = jsonParameter;
    }

    /** The dialect of a connection's database. */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String p = product.toLowerCase(Locale.ROOT);
        if (p.equals("h2")) {
            return H2;
        }
        if (p.equals("postgresql")) {
            return POSTGRESQL;
        }
        throw new PactumException(JdbcError.UNSUPPORTED_DATABASE, "dataSource",
                "Pactum's JDBC adapter supports H2 and PostgreSQL, not " + product);
    }

    /** The folder of this dialect's scripts under {@code io/pactum/jdbc/schema/}. */
    public String folder() {
        return folder;
    }

    /** The placeholder of a JSON body parameter, bound with {@code setString}. */
    public String json() {
        return jsonParameter;
    }

    /** The insert, made to do nothing when it would duplicate a unique key. */
    public abstract String insertIfAbsent(String insert);

    /** Runs an insert made by {@link #insertIfAbsent}: 0 when the key was taken. */
    public abstract int executeInsertIfAbsent(PreparedStatement insert) throws SQLException;
}
