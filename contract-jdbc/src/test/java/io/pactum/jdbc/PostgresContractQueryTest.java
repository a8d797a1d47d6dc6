package io.pactum.jdbc;

import io.pactum.tck.ContractQueryTck;
import io.pactum.tck.TckStorage;
import net.jqwik.api.lifecycle.AfterTry;
import org.junit.jupiter.api.AfterEach;

/** The kit's ContractQueryTck against embedded PostgreSQL, with the leak check after each test. */
class PostgresContractQueryTest extends ContractQueryTck {

    private final TckDatabase database = new TckDatabase(TestDatabase.POSTGRESQL);

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
