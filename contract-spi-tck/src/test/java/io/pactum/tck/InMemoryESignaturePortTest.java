package io.pactum.tck;

import io.pactum.spi.memory.RecordingOutbound;
import io.pactum.spi.port.ESignaturePort;

/** The kit's ESignaturePortTck against the reference adapter. */
class InMemoryESignaturePortTest extends ESignaturePortTck {

    @Override
    protected TckOutbound<ESignaturePort> newOutbound() {
        RecordingOutbound outbound = RecordingOutbound.create();
        return new TckOutbound<>(outbound, new RecordingDownstream(outbound));
    }
}
