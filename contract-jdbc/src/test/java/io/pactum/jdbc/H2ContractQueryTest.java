package io.pactum.jdbc;

import io.pactum.tck.ContractQueryTck;
import io.pactum.tck.TckStorage;
import net.jqwik.api.lifecycle.AfterTry;
import org.junit.jupiter.api.AfterEach;

/** The kit's ContractQueryTck against in-memory H2, with the leak check after each test. */
class H2ContractQueryTest extends ContractQueryTck {

    private final TckDatabase database = new TckDatabase(TestDatabase.H2);

    @Override
    protected TckStorage newStorage() {
        return database.next();
    }

    @AfterTry
    void release() {
        database.release();
    }

    @AfterEach
    void releaseAfterTest() {
        database.release();
    }
}
