package io.pactum.tck;

import io.pactum.spi.memory.InMemoryStorage;

/** The kit's ContractQueryTck against the in-memory reference adapter. */
class InMemoryContractQueryTest extends ContractQueryTck {

    @Override
    protected TckStorage newStorage() {
        return TckStorage.of(InMemoryStorage.create());
    }
}
