package io.pactum.rules.approval;

import io.pactum.core.contract.UserId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A standing delegation: from {@code start} to {@code end} (inclusive) {@code to} may approve
 * for {@code from}, and replaces them while they are absent. Immutable and thread-safe.
 *
 * @param from who delegates
 * @param to the delegate
 * @param start the first day
 * @param end the last day
 */
public record Delegation(UserId from, UserId to, LocalDate start, LocalDate end) {

    /** Checks the components. */
    public Delegation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start) || from.equals(to)) {
            throw new IllegalArgumentException("a delegation runs forward in time to someone else");
        }
    }

    /** Whether it applies on a date. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
