package io.pactum.core.contract;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The initial term of a contract: the date it takes effect and the last day it runs, or no end
 * for an open-ended contract. Both dates are inclusive: a one-year term from 2026-01-01 ends on
 * 2026-12-31. Renewals are described separately by {@link RenewalTerms}.
 *
 * @param effectiveDate the first day the contract is in force
 * @param endDate the last day of the initial term, inclusive; {@code null} when open-ended
 */
public record Term(LocalDate effectiveDate, @Nullable LocalDate endDate) {

    /**
     * Checks that the end date is not before the effective date.
     *
     * @throws PactumException {@link CoreError#DATE_ORDER} if it is
     */
    public Term {
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        if (endDate != null && endDate.isBefore(effectiveDate)) {
            throw new PactumException(CoreError.DATE_ORDER, "term.endDate",
                    "end date " + endDate + " is before effective date " + effectiveDate);
        }
    }

    /** A term from {@code effectiveDate} to {@code endDate}, both inclusive. */
    public static Term fixed(LocalDate effectiveDate, LocalDate endDate) {
        return new Term(effectiveDate, Objects.requireNonNull(endDate, "endDate"));
    }

    /** A term with no end date. */
    public static Term openEnded(LocalDate effectiveDate) {
        return new Term(effectiveDate, null);
    }

    /** The last day of the initial term, if it has one. */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(endDate);
    }

    /** Whether the term has no end date. */
    public boolean isOpenEnded() {
        return endDate == null;
    }

    /** Whether {@code date} falls within the initial term. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(effectiveDate) && (endDate == null || !date.isAfter(endDate));
    }
}
