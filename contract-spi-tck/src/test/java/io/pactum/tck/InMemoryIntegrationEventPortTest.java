package io.pactum.tck;

import io.pactum.spi.memory.RecordingOutbound;
import io.pactum.spi.port.IntegrationEventPort;

/** The kit's IntegrationEventPortTck against the reference adapter. */
class InMemoryIntegrationEventPortTest extends IntegrationEventPortTck {

    @Override
    protected TckOutbound<IntegrationEventPort> newOutbound() {
        RecordingOutbound outbound = RecordingOutbound.create();
        return new TckOutbound<>(outbound, new RecordingDownstream(outbound));
    }
}
