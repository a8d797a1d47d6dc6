package io.pactum.core.renewal;

import io.pactum.core.contract.RenewalTerms;
import io.pactum.core.contract.Term;
import io.pactum.core.error.PactumException;
import io.pactum.core.obligation.ScheduleError;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Term arithmetic over a {@link Term} and its {@link RenewalTerms}.
 *
 * <p>Renewal periods are computed from one anchor, the day after the initial term: renewal
 * {@code n} runs from {@code anchor + (n-1) × period} to {@code anchor + n × period − 1 day}, so
 * consecutive periods touch, months are clamped from the anchor and nothing drifts. Notice must be
 * given no later than {@code end − noticePeriod} ("at least 30 days before the end": for a term
 * ending 2026-12-31, by 2026-12-01). An evergreen contract runs until notice and ends
 * {@code noticePeriod} after it.
 *
 * <p>Stateless and thread-safe.
 */
public final class Renewals {

    private Renewals() {
    }

    /** The last day of the initial term, if it has one. */
    public static Optional<LocalDate> initialExpiry(Term term) {
        return term.end();
    }

    /**
     * Period {@code index} of the contract's life: 0 is the initial term, n the n-th renewal.
     *
     * @throws PactumException {@link ScheduleError#RENEWAL_INVALID} for a renewal that cannot exist
     *     (no auto-renewal, beyond the maximum, or an auto-renewal without an initial end date)
     */
    public static TermPeriod period(Term term, RenewalTerms renewal, int index) {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(renewal, "renewal");
        if (index == 0) {
            return new TermPeriod(0, term.effectiveDate(), term.endDate());
        }
        RenewalTerms.AutoRenew auto = autoRenew(term, renewal);
        if (index < 0 || (auto.maxRenewals() != null && index > auto.maxRenewals())) {
            throw new PactumException(ScheduleError.RENEWAL_INVALID, "index",
                    "renewal " + index + " does not exist under " + renewal);
        }
        LocalDate anchor = Objects.requireNonNull(term.endDate()).plusDays(1);
        return new TermPeriod(index, anchor.plus(auto.renewalPeriod().multipliedBy(index - 1)),
                anchor.plus(auto.renewalPeriod().multipliedBy(index)).minusDays(1));
    }

    /**
     * The position on {@code asOf}, assuming no notice was given: auto-renewal rolled forward.
     *
     * @throws PactumException {@link ScheduleError#RENEWAL_INVALID} for a date before the
     *     effective date or an auto-renewal without an initial end date
     */
    public static RenewalPosition asOf(Term term, RenewalTerms renewal, LocalDate asOf) {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(renewal, "renewal");
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.isBefore(term.effectiveDate())) {
            throw new PactumException(ScheduleError.RENEWAL_INVALID, "asOf",
                    asOf + " is before the effective date " + term.effectiveDate());
        }
        TermPeriod initial = period(term, renewal, 0);
        if (!(renewal instanceof RenewalTerms.AutoRenew)) {
            boolean inForce = initial.covers(asOf);
            return new RenewalPosition(asOf, initial, inForce, null, 0,
                    renewal instanceof RenewalTerms.Evergreen ? OptionalInt.empty() : OptionalInt.of(0), initial.end());
        }
        RenewalTerms.AutoRenew auto = autoRenew(term, renewal);
        Integer max = auto.maxRenewals();
        LocalDate expiry = max == null ? null : period(term, renewal, max).end();
        int k = indexCovering(term, auto, asOf);
        boolean inForce = true;
        if (max != null && k > max) {
            k = max;
            inForce = false;
        }
        TermPeriod current = period(term, renewal, k);
        boolean another = max == null || k < max;
        LocalDate cancelBy = another ? Objects.requireNonNull(current.end()).minus(auto.noticePeriod()) : null;
        OptionalInt remaining = max == null ? OptionalInt.empty() : OptionalInt.of(max - k);
        return new RenewalPosition(asOf, current, inForce, cancelBy, k, remaining, expiry);
    }

    /**
     * The last day of the contract when a party gives notice on {@code noticeDate}.
     *
     * <p>Fixed: the term's end (notice changes nothing). Auto-renewal: the end of the current
     * period when notice comes by its cancel-by date, otherwise the end of the next period (or the
     * current one when it is the last). Evergreen: {@code noticeDate + noticePeriod}.
     *
     * @throws PactumException {@link ScheduleError#RENEWAL_INVALID} for notice before the effective
     *     date or after the contract ended, or a fixed open-ended contract (no end to reach)
     */
    public static LocalDate endAfterNotice(Term term, RenewalTerms renewal, LocalDate noticeDate) {
        if (renewal instanceof RenewalTerms.Evergreen e) {
            if (noticeDate.isBefore(term.effectiveDate())) {
                throw new PactumException(ScheduleError.RENEWAL_INVALID, "noticeDate",
                        "notice on " + noticeDate + " is before the effective date " + term.effectiveDate());
            }
            return noticeDate.plus(e.noticePeriod());
        }
        RenewalPosition p = asOf(term, renewal, noticeDate);
        if (!p.inForce()) {
            throw new PactumException(ScheduleError.RENEWAL_INVALID, "noticeDate",
                    "notice on " + noticeDate + " comes after the contract ended on " + p.current().end());
        }
        LocalDate end = p.current().end();
        if (end == null) {
            throw new PactumException(ScheduleError.RENEWAL_INVALID, "term",
                    "an open-ended contract without evergreen notice terms has no end to reach by notice");
        }
        if (p.cancelBy() == null || !noticeDate.isAfter(p.cancelBy())) {
            return end;
        }
        return Objects.requireNonNull(period(term, renewal, p.current().index() + 1).end());
    }

    private static RenewalTerms.AutoRenew autoRenew(Term term, RenewalTerms renewal) {
        if (!(renewal instanceof RenewalTerms.AutoRenew auto)) {
            throw new PactumException(ScheduleError.RENEWAL_INVALID, "renewal", renewal.kind() + " contracts do not renew");
        }
        if (term.endDate() == null) {
            throw new PactumException(ScheduleError.RENEWAL_INVALID, "term.endDate",
                    "an auto-renewing contract needs an initial end date");
        }
        return auto;
    }

    /** The index of the period covering {@code date}, ignoring the maximum: estimated, then corrected. */
    private static int indexCovering(Term term, RenewalTerms.AutoRenew auto, LocalDate date) {
        LocalDate end0 = Objects.requireNonNull(term.endDate());
        if (!date.isAfter(end0)) {
            return 0;
        }
        LocalDate anchor = end0.plusDays(1);
        Period p = auto.renewalPeriod();
        double approxDays = p.toTotalMonths() * 30.436875 + p.getDays();
        long estimate = (long) (ChronoUnit.DAYS.between(anchor, date) / approxDays) + 1;
        int k = (int) Math.max(1, Math.min(estimate, Integer.MAX_VALUE / 2));
        // Renewal k covers [anchor + (k-1)p, anchor + kp - 1]: step until it does.
        while (k > 1 && date.isBefore(anchor.plus(p.multipliedBy(k - 1)))) {
            k--;
        }
        while (!date.isBefore(anchor.plus(p.multipliedBy(k)))) {
            k++;
        }
        return k;
    }
}
