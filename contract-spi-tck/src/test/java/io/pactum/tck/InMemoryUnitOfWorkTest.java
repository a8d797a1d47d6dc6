package io.pactum.tck;

import io.pactum.spi.memory.InMemoryStorage;

/** The kit's UnitOfWorkTck against the in-memory reference adapter. */
class InMemoryUnitOfWorkTest extends UnitOfWorkTck {

    @Override
    protected TckStorage newStorage() {
        return TckStorage.of(InMemoryStorage.create());
    }
}
