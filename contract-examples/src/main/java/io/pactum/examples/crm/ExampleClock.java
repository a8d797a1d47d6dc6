package io.pactum.examples.crm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the example moves forward by hand, so that a quarter of a contract's life runs in a
 * second. A host passes its system clock instead.
 *
 * <p>Thread-safe.
 */
public final class ExampleClock extends Clock {

    private volatile Instant now;

    /** A clock standing at an instant. */
    public ExampleClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock forward. */
    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the example clock is UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
