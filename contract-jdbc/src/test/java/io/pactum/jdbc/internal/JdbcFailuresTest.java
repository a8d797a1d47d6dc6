package io.pactum.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.pactum.core.error.PactumException;
import io.pactum.jdbc.JdbcError;
import java.io.EOFException;
import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Driver failures become typed errors by SQL state and vendor code, the driver's exception kept as the cause. */
class JdbcFailuresTest {

    @ParameterizedTest
    @CsvSource({
        "90030, HY000, DATABASE_CORRUPTED",    // H2: file corrupted
        "90048, 90048, DATABASE_CORRUPTED",    // H2: not a database file of a known version
        "0, XX001, DATABASE_CORRUPTED",        // PostgreSQL: data corrupted
        "42102, 42S02, SCHEMA_MISSING",        // H2: table not found
        "0, 42P01, SCHEMA_MISSING",            // PostgreSQL: undefined table
        "50200, HYT00, TRANSIENT_FAILURE",     // H2: lock timeout
        "40001, 40001, TRANSIENT_FAILURE",     // H2 deadlock, PostgreSQL serialization failure
        "0, 40P01, TRANSIENT_FAILURE",         // PostgreSQL: deadlock detected
        "0, 22021, VALUE_OUT_OF_RANGE",        // PostgreSQL: U+0000 in text
        "0, 22P05, VALUE_OUT_OF_RANGE",        // PostgreSQL: U+0000 in jsonb
        "0, 08006, STORAGE_FAILURE",           // connection failure
        "0, 23505, STORAGE_FAILURE"            // a unique violation the adapter did not expect
    })
    void map_bySqlStateAndVendorCode(int vendor, String state, JdbcError expected) {
        SQLException cause = new SQLException("driver says no", state, vendor);
        PactumException e = JdbcFailures.map(cause, "testing");
        assertEquals(expected, e.errorCode());
        assertSame(cause, e.getCause());
    }

    @Test
    void h2IoErrorOverAnEndOfFile_isACorruptedDatabase() {
        // as H2 2.3 reports a read past the end of a truncated file: 90028 <- MVStoreException <- EOFException
        SQLException cause = new SQLException("IO Exception: \"/data/pactum.mv.db\" [90028-232]", "90028", 90028,
                new IllegalStateException("Reading from file failed at 4096 (length 4096), read 4096, remaining 4096",
                        new EOFException()));
        assertEquals(JdbcError.DATABASE_CORRUPTED, JdbcFailures.map(cause, "testing").errorCode());
    }

    @Test
    void h2IoErrorOfTheDisk_staysAStorageFailure() {
        SQLException full = new SQLException("IO Exception [90028-232]", "90028", 90028,
                new IllegalStateException("Writing to file failed", new IOException("No space left on device")));
        assertEquals(JdbcError.STORAGE_FAILURE, JdbcFailures.map(full, "testing").errorCode());
        SQLException bare = new SQLException("IO Exception [90028-232]", "90028", 90028);
        assertEquals(JdbcError.STORAGE_FAILURE, JdbcFailures.map(bare, "testing").errorCode());
        // an end of file in another failure (a driver's socket, say) is not a damaged database file
        SQLException socket = new SQLException("I/O error", "08006", 0, new EOFException());
        assertEquals(JdbcError.STORAGE_FAILURE, JdbcFailures.map(socket, "testing").errorCode());
    }
}
