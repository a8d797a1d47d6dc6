package io.pactum.jdbc;

import io.pactum.tck.UnitOfWorkTck;
import io.pactum.tck.TckStorage;
import org.junit.jupiter.api.AfterEach;

/** The kit's UnitOfWorkTck against embedded PostgreSQL, with the leak check after each test. */
class PostgresUnitOfWorkTest extends UnitOfWorkTck {

    private final TckDatabase database = new TckDatabase(TestDatabase.POSTGRESQL);

    @Override
    protected TckStorage newStorage() {
        return database.next();
    }

    @AfterEach
    void release() {
        database.release();
    }
}
