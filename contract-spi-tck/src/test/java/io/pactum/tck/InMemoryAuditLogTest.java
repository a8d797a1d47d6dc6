package io.pactum.tck;

import io.pactum.spi.memory.InMemoryStorage;

/** The kit's AuditLogTck against the in-memory reference adapter. */
class InMemoryAuditLogTest extends AuditLogTck {

    @Override
    protected TckStorage newStorage() {
        return TckStorage.of(InMemoryStorage.create());
    }
}
