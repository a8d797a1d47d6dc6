package io.pactum.examples.quickstart.year;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that only moves when the simulation moves it, and only forward (a runtime's due work and
 * audit chain assume time does not run backwards). Copies made with {@link #withZone} share the
 * same instant. Thread-safe.
 */
public final class SimulatedClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private SimulatedClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock standing at {@code start}, reporting dates in {@code zone}. */
    public static SimulatedClock at(Instant start, ZoneId zone) {
        return new SimulatedClock(new AtomicReference<>(Objects.requireNonNull(start, "start")),
                Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Moves the clock to an instant.
     *
     * @throws IllegalArgumentException if the instant is before the current one
     */
    public void moveTo(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        now.getAndUpdate(current -> {
            if (instant.isBefore(current)) {
                throw new IllegalArgumentException("the simulated clock only moves forward: " + current + " -> " + instant);
            }
            return instant;
        });
    }

    /** Moves the clock forward by a non-negative duration. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the simulated clock only moves forward, got " + duration);
        }
        now.getAndUpdate(current -> current.plus(duration));
    }

    /** The current date in the clock's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new SimulatedClock(now, Objects.requireNonNull(newZone, "zone"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
