package io.pactum.jdbc;

import io.pactum.tck.ContractStoreTck;
import io.pactum.tck.TckStorage;
import org.junit.jupiter.api.AfterEach;

/** The kit's ContractStoreTck against in-memory H2, with the leak check after each test. */
class H2ContractStoreTest extends ContractStoreTck {

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
