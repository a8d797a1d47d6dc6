package io.pactum.core.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.RenewalTerms;
import io.pactum.core.contract.Term;
import io.pactum.core.error.PactumException;
import io.pactum.core.obligation.ScheduleError;
import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Term arithmetic: expiry, roll-forward, cancel-by, renewal window, limits, evergreen. */
class RenewalsTest {

    private static final Term YEAR_2026 = Term.fixed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final RenewalTerms YEARLY_3 = RenewalTerms.autoRenew(Period.ofYears(1), Period.ofDays(30), 3);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void asOf_inInitialTerm_givesCancelByAndExpiryAfterAllRenewals() {
        RenewalPosition p = Renewals.asOf(YEAR_2026, YEARLY_3, d("2026-06-01"));
        assertEquals(new TermPeriod(0, d("2026-01-01"), d("2026-12-31")), p.current());
        // 2026-12-31 minus 30 days = 2026-12-01.
        assertEquals(d("2026-12-01"), p.cancelBy());
        assertEquals(OptionalInt.of(3), p.remainingRenewals());
        // Third renewal: 2027-01-01 + 3 years - 1 day = 2029-12-31.
        assertEquals(d("2029-12-31"), p.expiry());
        // Window opens 60 days before Dec 1: Nov 1 is 30 days back, Oct 2 is 60.
        assertEquals(d("2026-10-02"), p.renewalWindowOpens(Period.ofDays(60)).orElseThrow());
        assertEquals(d("2026-12-31"), Renewals.initialExpiry(YEAR_2026).orElseThrow());
    }

    @Test
    void asOf_afterRenewals_rollsForwardToTheCoveringPeriod() {
        RenewalPosition p = Renewals.asOf(YEAR_2026, YEARLY_3, d("2027-03-01"));
        assertEquals(new TermPeriod(1, d("2027-01-01"), d("2027-12-31")), p.current());
        assertEquals(d("2027-12-01"), p.cancelBy());
        assertEquals(1, p.renewalsUsed());
        assertEquals(OptionalInt.of(2), p.remainingRenewals());

        RenewalPosition last = Renewals.asOf(YEAR_2026, YEARLY_3, d("2029-12-31"));
        assertEquals(3, last.current().index());
        assertNull(last.cancelBy()); // nothing follows the last renewal
        assertTrue(last.inForce());

        RenewalPosition ended = Renewals.asOf(YEAR_2026, YEARLY_3, d("2030-01-01"));
        assertFalse(ended.inForce());
        assertEquals(3, ended.current().index());
    }

    @Test
    void asOf_monthlyRenewalsFromMonthEndAnchor_clampFromTheAnchor() {
        // Initial term ends Jan 30, so renewals are anchored on Jan 31: Jan 31..Feb 27 (Feb 28 - 1),
        // Feb 28..Mar 30 (Mar 31 - 1), Mar 31..Apr 29 (Apr 30 - 1), Apr 30..May 30.
        Term t = Term.fixed(d("2026-01-01"), d("2026-01-30"));
        RenewalTerms monthly = RenewalTerms.autoRenew(Period.ofMonths(1), Period.ZERO);
        assertEquals(new TermPeriod(2, d("2026-02-28"), d("2026-03-30")),
                Renewals.asOf(t, monthly, d("2026-03-01")).current());
        assertEquals(new TermPeriod(4, d("2026-04-30"), d("2026-05-30")), Renewals.period(t, monthly, 4));
        assertEquals(OptionalInt.empty(), Renewals.asOf(t, monthly, d("2030-01-01")).remainingRenewals());
        assertNull(Renewals.asOf(t, monthly, d("2030-01-01")).expiry());
    }

    @Test
    void endAfterNotice_byAndAfterCancelBy_endsThisOrNextPeriod() {
        assertEquals(d("2026-12-31"), Renewals.endAfterNotice(YEAR_2026, YEARLY_3, d("2026-11-30")));
        assertEquals(d("2026-12-31"), Renewals.endAfterNotice(YEAR_2026, YEARLY_3, d("2026-12-01")));
        assertEquals(d("2027-12-31"), Renewals.endAfterNotice(YEAR_2026, YEARLY_3, d("2026-12-02")));
        // In the last renewal there is nothing to stop: it ends with that period.
        assertEquals(d("2029-12-31"), Renewals.endAfterNotice(YEAR_2026, YEARLY_3, d("2029-12-20")));
        assertEquals(d("2026-12-31"), Renewals.endAfterNotice(YEAR_2026, RenewalTerms.fixed(), d("2026-12-20")));
    }

    @Test
    void endAfterNotice_evergreen_endsNoticePeriodAfterNotice() {
        Term open = Term.openEnded(d("2024-01-01"));
        RenewalTerms evergreen = RenewalTerms.evergreen(Period.ofMonths(3));
        // May 31 + 3 months = Aug 31.
        assertEquals(d("2026-08-31"), Renewals.endAfterNotice(open, evergreen, d("2026-05-31")));
        RenewalPosition p = Renewals.asOf(open, evergreen, d("2026-05-31"));
        assertTrue(p.inForce());
        assertNull(p.expiry());
        assertNull(p.current().end());
        assertEquals(OptionalInt.empty(), p.remainingRenewals());
    }

    @Test
    void badQuestions_failWithRenewalInvalid() {
        assertCode(() -> Renewals.asOf(YEAR_2026, YEARLY_3, d("2025-12-31")));
        assertCode(() -> Renewals.asOf(Term.openEnded(d("2026-01-01")), YEARLY_3, d("2026-02-01")));
        assertCode(() -> Renewals.endAfterNotice(YEAR_2026, YEARLY_3, d("2030-02-01")));
        assertCode(() -> Renewals.period(YEAR_2026, YEARLY_3, 4));
        assertCode(() -> Renewals.period(YEAR_2026, RenewalTerms.fixed(), 1));
    }

    private static void assertCode(org.junit.jupiter.api.function.Executable e) {
        assertEquals(ScheduleError.RENEWAL_INVALID, assertThrows(PactumException.class, e).errorCode());
    }
}
