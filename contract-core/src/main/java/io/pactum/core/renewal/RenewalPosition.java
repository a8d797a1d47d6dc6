package io.pactum.core.renewal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Where a contract stands on a date, assuming no notice has been given: which term period it is
 * in, by when notice must be given to stop the next renewal, how many renewals remain, and when it
 * ends if nobody acts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the date asked about
 * @param current the period covering {@code asOf}, or the last period when the contract has ended
 * @param inForce whether the contract is in force on {@code asOf}
 * @param cancelBy the last day notice stops the next renewal ({@code end - noticePeriod});
 *     {@code null} when no renewal follows the current period
 * @param renewalsUsed how many renewals have started by {@code asOf}
 * @param remainingRenewals how many renewals may still follow; empty when unlimited
 * @param expiry the last day of the contract if nobody gives notice; {@code null} when it has no foreseeable end
 */
public record RenewalPosition(LocalDate asOf, TermPeriod current, boolean inForce, @Nullable LocalDate cancelBy,
        int renewalsUsed, OptionalInt remainingRenewals, @Nullable LocalDate expiry) {

    /** Checks for null. */
    public RenewalPosition {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(remainingRenewals, "remainingRenewals");
    }

    /** The cancel-by date, when a renewal follows. */
    public Optional<LocalDate> cancelByDate() {
        return Optional.ofNullable(cancelBy);
    }

    /**
     * When the renewal window opens: {@code lead} before the cancel-by date, the day to start
     * deciding whether to renew or renegotiate. Empty when no renewal follows.
     *
     * @param lead how long before the cancel-by date, zero or more
     */
    public Optional<LocalDate> renewalWindowOpens(Period lead) {
        Objects.requireNonNull(lead, "lead");
        return cancelBy == null ? Optional.empty() : Optional.of(cancelBy.minus(lead));
    }
}
