package io.pactum.tck;

import io.pactum.spi.memory.InMemoryStorage;

/** The kit's RecordStoreTck against the in-memory reference adapter. */
class InMemoryRecordStoreTest extends RecordStoreTck {

    @Override
    protected TckStorage newStorage() {
        return TckStorage.of(InMemoryStorage.create());
    }
}
