package io.pactum.tck;

import io.pactum.spi.memory.InMemoryStorage;

/** The kit's OutboxTck against the in-memory reference adapter. */
class InMemoryOutboxTest extends OutboxTck {

    @Override
    protected TckStorage newStorage() {
        return TckStorage.of(InMemoryStorage.create());
    }
}
