package io.pactum.rules.approval;

import io.pactum.core.contract.UserId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's absence from {@code start} to {@code end}, inclusive. Immutable and thread-safe.
 *
 * @param user who is absent
 * @param start the first day
 * @param end the last day
 */
public record Absence(UserId user, LocalDate start, LocalDate end) {

    /** Checks the components. */
    public Absence {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("an absence ends on or after its start");
        }
    }

    /** Whether it applies on a date. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
