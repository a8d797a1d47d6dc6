package io.pactum.tck;

import io.pactum.spi.memory.InMemoryStorage;

/** The kit's OptimisticLockingTck against the in-memory reference adapter. */
class InMemoryOptimisticLockingTest extends OptimisticLockingTck {

    @Override
    protected TckStorage newStorage() {
        return TckStorage.of(InMemoryStorage.create());
    }
}
