package io.pactum.jdbc;

import io.pactum.tck.UnitOfWorkTck;
import io.pactum.tck.TckStorage;
import org.junit.jupiter.api.AfterEach;

/** The kit's UnitOfWorkTck against in-memory H2, with the leak check after each test. */
class H2UnitOfWorkTest extends UnitOfWorkTck {

    private final TckDatabase database = new TckDatabase(TestDatabase.H2);

    @Override
    protected TckStorage newStorage() {
        return database.next();
    }

    @AfterEach
    void release() {
        database.release();
    }
}
