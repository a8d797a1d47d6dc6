package io.pactum.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A stream over a result set that owns its connection: rows are read as the stream is consumed,
 * and the result set, the statement and the connection are closed when the stream is closed, or as
 * soon as the last row has been read, or when reading fails — whichever comes first.
 *
 * <p>The connection runs a read-only transaction while the stream is open: PostgreSQL streams rows
 * with a cursor only outside auto-commit.
 */
public final class RowStream {

    /** Reads one row. */
    @FunctionalInterface
    public interface RowReader<T> {
        /** The value of the current row. */
        T read(ResultSet rs) throws SQLException;
    }

    /** Opens a statement on the connection. */
    @FunctionalInterface
    public interface Opener {
        /** The statement, ready to execute. */
        PreparedStatement open(Connection c) throws SQLException;
    }

    private RowStream() {
    }

    /**
     * A stream over the rows of a statement on a connection the stream takes over.
     *
     * @param c the connection, closed with the stream
     * @param opener prepares the query
     * @param reader maps each row
     * @param doing what the stream reads, for error messages
     */
    public static <T> Stream<T> of(Connection c, Opener opener, RowReader<T> reader, String doing) throws SQLException {
        Resources r = new Resources(c, doing);
        try {
            r.autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            PreparedStatement statement = opener.open(c);
            r.statement = statement;
            r.rows = statement.executeQuery();
        } catch (SQLException | RuntimeException e) {
            r.close();
            throw e;
        }
        Spliterator<T> rows = new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                if (r.closed.get()) {
                    return false;
                }
                ResultSet rs = java.util.Objects.requireNonNull(r.rows);
                T value;
                try {
                    if (!rs.next()) {
                        r.close();
                        return false;
                    }
                    value = reader.read(rs);
                } catch (SQLException e) {
                    r.close();
                    throw JdbcFailures.map(e, doing);
                } catch (RuntimeException e) {
                    r.close();
                    throw e;
                }
                action.accept(value);
                return true;
            }
        };
        return StreamSupport.stream(rows, false).onClose(r::close);
    }

    /** What a stream holds, closed once. */
    private static final class Resources {
        final AtomicBoolean closed = new AtomicBoolean();
        final Connection connection;
        final String doing;
        boolean autoCommit = true;
        @Nullable PreparedStatement statement;
        @Nullable ResultSet rows;

        Resources(Connection connection, String doing) {
            this.connection = connection;
            this.doing = doing;
        }

        void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            @Nullable SQLException failure = null;
            try {
                if (rows != null) {
                    rows.close();
                }
            } catch (SQLException e) {
                failure = e;
            }
            try {
                if (statement != null) {
                    statement.close();
                }
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
            try {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
            try {
                connection.close();
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
            if (failure != null) {
                throw JdbcFailures.map(failure, "closing " + doing);
            }
        }
    }
}
