package io.pactum.tck;

// doc:tck
import io.pactum.spi.memory.InMemoryStorage;

/** The kit's ContractStoreTck against the in-memory reference adapter. */
class InMemoryContractStoreTest extends ContractStoreTck {

    @Override
    protected TckStorage newStorage() {
        return TckStorage.of(InMemoryStorage.create());
    }
}
// end
