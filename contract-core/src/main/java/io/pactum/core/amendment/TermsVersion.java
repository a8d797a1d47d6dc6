package io.pactum.core.amendment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One version of the commercial terms: in force from a date until the next version's date.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number 1 for the original terms, then 2, 3… per amendment
 * @param effectiveFrom the first day in force
 * @param terms the terms
 * @param amendment the amendment that produced it; {@code null} for the original
 */
public record TermsVersion(int number, LocalDate effectiveFrom, CommercialTerms terms, @Nullable Amendment amendment) {

    /** Checks for null. */
    public TermsVersion {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(terms, "terms");
    }

    /** The amendment that produced this version, empty for the original. */
    public Optional<Amendment> byAmendment() {
        return Optional.ofNullable(amendment);
    }
}
