package io.pactum.examples.crm;

import java.util.ArrayList;
import java.util.List;

/**
 * A channel that keeps what it is given instead of calling a provider, for the example run and
 * the tests; {@link #breakDown()} makes it refuse, as a provider that is down.
 *
 * <p>Thread-safe.
 */
public final class FakeChannel implements MessageChannel {

    private final List<OutgoingMessage> delivered = new ArrayList<>();
    private volatile boolean down;

    /** Creates an empty channel. */
    public FakeChannel() {
    }

    @Override
    public synchronized void deliver(OutgoingMessage message) {
        if (down) {
            throw new IllegalStateException("channel " + message.channel() + " unavailable");
        }
        delivered.add(message);
    }

    /** What was delivered, in order. */
    public synchronized List<OutgoingMessage> delivered() {
        return List.copyOf(delivered);
    }

    /** From now on every delivery fails. */
    public void breakDown() {
        down = true;
    }

    /** Ends {@link #breakDown()}. */
    public void restore() {
        down = false;
    }
}
