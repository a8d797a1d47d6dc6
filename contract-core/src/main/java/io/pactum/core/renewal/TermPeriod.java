package io.pactum.core.renewal;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One period of a contract's life: the initial term (index 0) or the n-th renewal (index n).
 * Both dates are inclusive.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index 0 for the initial term, n for the n-th renewal
 * @param start the first day
 * @param end the last day; {@code null} for an open-ended or evergreen contract
 */
public record TermPeriod(int index, LocalDate start, @Nullable LocalDate end) {

    /** Checks the order of the dates. */
    public TermPeriod {
        Objects.requireNonNull(start, "start");
        if (index < 0 || (end != null && end.isBefore(start))) {
            throw new IllegalArgumentException("bad term period " + index + " " + start + ".." + end);
        }
    }

    /** Whether {@code date} falls in this period. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }
}
