package io.pactum.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.tck.TckStorage;

/**
 * The storage a kit class gets from {@code newStorage()}: a new empty database each time. When the
 * next one is made or the test ends, the previous one is checked for leaks — every connection and
 * statement the adapter borrowed must be closed — and dropped.
 */
final class TckDatabase {

    private final TestDatabase kind;
    private TestDatabase.Fresh current;

    TckDatabase(TestDatabase kind) {
        this.kind = kind;
    }

    TckStorage next() {
        release();
        current = kind.migrated();
        return TckStorage.of(JdbcStorage.create(current.dataSource()));
    }

    /** Checks the last database for leaks and drops it. */
    void release() {
        if (current == null) {
            return;
        }
        TestDatabase.Fresh last = current;
        current = null;
        try {
            assertEquals(0, last.dataSource().openConnections(), "connections left open");
            assertEquals(0, last.dataSource().openStatements(), "statements left open");
        } finally {
            last.close();
        }
    }
}
