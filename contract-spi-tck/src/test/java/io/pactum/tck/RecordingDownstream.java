package io.pactum.tck;

import io.pactum.spi.memory.RecordingOutbound;
import io.pactum.spi.port.OutboxMessage;
import java.util.List;

/** The reference outbound adapter seen as the kit's downstream: its effects, its failure switch. */
final class RecordingDownstream implements TckDownstream {

    private final RecordingOutbound outbound;

    RecordingDownstream(RecordingOutbound outbound) {
        this.outbound = outbound;
    }

    @Override
    public List<String> effects() {
        return outbound.effects().stream().map(OutboxMessage::idempotencyKey).toList();
    }

    @Override
    public void breakDown() {
        outbound.failWhen(m -> true);
    }

    @Override
    public void restore() {
        outbound.failWhen(m -> false);
    }
}
