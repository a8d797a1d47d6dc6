package io.pactum.tck;

import io.pactum.spi.memory.RecordingOutbound;
import io.pactum.spi.port.NotificationPort;

// doc:outboundkit
/** The kit's NotificationPortTck against the reference adapter. */
class InMemoryNotificationPortTest extends NotificationPortTck {

    @Override
    protected TckOutbound<NotificationPort> newOutbound() {
        RecordingOutbound outbound = RecordingOutbound.create();                  // the adapter under test
        return new TckOutbound<>(outbound, new RecordingDownstream(outbound));  // and what it delivered
    }
}
// end
