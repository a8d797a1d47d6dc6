package io.pactum.core.amendment;

import io.pactum.core.error.PactumException;
import io.pactum.core.obligation.ScheduleError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every version of a contract's commercial terms, oldest first: the original, then one per
 * amendment. Nothing is overwritten; {@link #inForceOn(LocalDate)} answers "which terms applied on
 * date D".
 *
 * <p>Amendments are recorded in effective-date order: one that takes effect before the latest
 * version's date is refused (record a correcting amendment instead), so that each version follows
 * from the one before it. Two amendments on the same date apply in the order recorded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param versions the versions, oldest first, never empty
 */
public record TermsHistory(List<TermsVersion> versions) {

    /** Copies the list and checks that it is not empty. */
    public TermsHistory {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a terms history has at least the original version");
        }
    }

    /** A history with the original terms, in force from the term's effective date. */
    public static TermsHistory original(CommercialTerms terms) {
        return new TermsHistory(List.of(new TermsVersion(1, terms.term().effectiveDate(), terms, null)));
    }

    /**
     * The history with one more amendment applied to the latest version.
     *
     * @throws PactumException {@link ScheduleError#AMENDMENT_ORDER} for an effective date before
     *     the latest version's, {@link ScheduleError#AMENDMENT_INVALID} for a duplicate id or a
     *     change that does not fit
     */
    public TermsHistory amend(Amendment amendment) {
        Objects.requireNonNull(amendment, "amendment");
        TermsVersion latest = latest();
        if (amendment.effectiveDate().isBefore(latest.effectiveFrom())) {
            throw new PactumException(ScheduleError.AMENDMENT_ORDER, "effectiveDate", "amendment " + amendment.id()
                    + " takes effect on " + amendment.effectiveDate() + ", before version " + latest.number()
                    + " in force from " + latest.effectiveFrom());
        }
        for (TermsVersion v : versions) {
            if (v.amendment() != null && v.amendment().id().equals(amendment.id())) {
                throw new PactumException(ScheduleError.AMENDMENT_INVALID, "id",
                        "amendment " + amendment.id() + " is already recorded");
            }
        }
        List<TermsVersion> next = new ArrayList<>(versions);
        next.add(new TermsVersion(latest.number() + 1, amendment.effectiveDate(), amendment.applyTo(latest.terms()),
                amendment));
        return new TermsHistory(next);
    }

    /** The latest version. */
    public TermsVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** The version in force on {@code date}; empty before the original effective date. */
    public Optional<TermsVersion> inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (!versions.get(i).effectiveFrom().isAfter(date)) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    /** The amendments recorded, in order. */
    public List<Amendment> amendments() {
        List<Amendment> result = new ArrayList<>();
        for (TermsVersion v : versions) {
            v.byAmendment().ifPresent(result::add);
        }
        return List.copyOf(result);
    }
}
