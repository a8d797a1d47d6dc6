package io.pactum.jdbc.internal;

import io.pactum.core.error.PactumException;
import io.pactum.jdbc.JdbcError;
import java.io.EOFException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Turns a driver's {@link SQLException} into a typed {@link PactumException}, by SQL state and
 * the vendor codes of H2 and PostgreSQL, keeping the driver's exception as the cause.
 */
public final class JdbcFailures {

    /** H2: the file is damaged (90030) or is not a database of a version H2 reads (90048). */
    private static final Set<Integer> H2_CORRUPTED = Set.of(90030, 90048);
    /** H2: table not found (42102), in a database without any table (42104). */
    private static final Set<Integer> H2_NO_TABLE = Set.of(42102, 42104);
    /** H2: lock timeout (50200). */
    private static final int H2_LOCK_TIMEOUT = 50200;
    /** H2: an I/O failure (90028), from a damaged file or from the disk, the permissions, a full volume. */
    private static final int H2_IO_EXCEPTION = 90028;

    private JdbcFailures() {
    }

    /**
     * The typed failure for a driver exception.
     *
     * @param e the driver's exception
     * @param doing what the adapter was doing, for the message ("saving contract c-1")
     */
    public static PactumException map(SQLException e, String doing) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int vendor = e.getErrorCode();
        String detail = doing + " failed: " + e.getMessage() + " (SQL state " + state + ", code " + vendor + ")";
        if (H2_CORRUPTED.contains(vendor) || state.equals("XX001") || state.equals("XX002") || isTruncatedH2File(e)) {
            return new PactumException(JdbcError.DATABASE_CORRUPTED, "dataSource", detail, e);
        }
        if (isMissingTable(e)) {
            return new PactumException(JdbcError.SCHEMA_MISSING, "dataSource",
                    detail + "; run PactumSchema.migrate(dataSource) first", e);
        }
        if (state.equals("22021") || state.equals("22P05")) {
            // PostgreSQL: a character its encoding cannot hold, in practice U+0000 in text or jsonb
            return new PactumException(JdbcError.VALUE_OUT_OF_RANGE, "", detail
                    + "; PostgreSQL text cannot hold the character U+0000", e);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03") || vendor == H2_LOCK_TIMEOUT) {
            return new PactumException(JdbcError.TRANSIENT_FAILURE, "", detail, e);
        }
        return new PactumException(JdbcError.STORAGE_FAILURE, "", detail, e);
    }

    /**
     * Whether H2 hit the end of its database file while reading a block the file's own header says
     * is there: the file was truncated (a copy cut short, a partial restore). H2 reports it as the
     * generic I/O error 90028 with an {@link EOFException} in the causes; other I/O failures (disk
     * full, permissions, a failing device) carry no EOFException and stay storage failures.
     */
    private static boolean isTruncatedH2File(SQLException e) {
        if (e.getErrorCode() != H2_IO_EXCEPTION) {
            return false;
        }
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e.getCause(); t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure says a table does not exist. */
    public static boolean isMissingTable(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.equals("42P01") || H2_NO_TABLE.contains(e.getErrorCode());
    }

    /** Whether the failure is a unique-key violation. */
    public static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}
