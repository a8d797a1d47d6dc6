package io.pactum.core.amendment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.calendar.BusinessDayConvention;
import io.pactum.core.contract.RenewalTerms;
import io.pactum.core.contract.Term;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.AmountRule;
import io.pactum.core.obligation.DueRule;
import io.pactum.core.obligation.ObligationDefinition;
import io.pactum.core.obligation.ObligationKind;
import io.pactum.core.obligation.ObligationPlan;
import io.pactum.core.obligation.Owner;
import io.pactum.core.obligation.PaymentStage;
import io.pactum.core.obligation.ScheduleError;
import io.pactum.core.obligation.Side;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Effective-dated versions of the commercial terms through typed amendments. */
class TermsHistoryTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static final ObligationPlan PLAN = ObligationPlan.of(ObligationDefinition.payment("final",
            ObligationKind.PAYMENT_IN, PaymentStage.FINAL, "final payment", Side.COUNTERPARTY, Owner.role("finance"),
            AmountRule.percent("100"), DueRule.onDate(d("2026-12-15")), BusinessDayConvention.FOLLOWING));

    private static final CommercialTerms ORIGINAL = new CommercialTerms(Money.of("500000.00", "CNY"),
            Term.fixed(d("2026-01-01"), d("2026-12-31")),
            RenewalTerms.autoRenew(Period.ofYears(1), Period.ofDays(30)), PLAN, "supply of 100 servers");

    @Test
    void inForceOn_afterSeveralAmendments_answersForEveryDate() {
        TermsHistory h = TermsHistory.original(ORIGINAL)
                .amend(new Amendment.Administrative("A-1", "new billing address", d("2026-02-01"), "address"))
                .amend(new Amendment.PriceChange("A-2", "extra servers", d("2026-04-01"), Money.of("550000.00", "CNY")))
                .amend(new Amendment.Renewal("A-3", "two-year extension", d("2026-09-01"), d("2028-12-31"),
                        RenewalTerms.fixed()))
                .amend(new Amendment.Termination("A-4", "customer insolvency", d("2027-07-01")));

        assertTrue(h.inForceOn(d("2025-12-31")).isEmpty());
        assertEquals(1, h.inForceOn(d("2026-01-31")).orElseThrow().number());
        assertEquals(Money.of("500000.00", "CNY"), h.inForceOn(d("2026-03-31")).orElseThrow().terms().contractValue());
        TermsVersion april = h.inForceOn(d("2026-04-01")).orElseThrow();
        assertEquals(3, april.number());
        assertEquals(Money.of("550000.00", "CNY"), april.terms().contractValue());
        assertEquals(AmendmentType.PRICE_CHANGE, april.byAmendment().orElseThrow().type());
        TermsVersion extended = h.inForceOn(d("2027-01-15")).orElseThrow();
        assertEquals(d("2028-12-31"), extended.terms().term().endDate());
        assertEquals(Money.of("550000.00", "CNY"), extended.terms().contractValue());
        // Terminated from Jul 1 2027: last day Jun 30, no renewal.
        CommercialTerms terminated = h.inForceOn(d("2027-07-01")).orElseThrow().terms();
        assertEquals(d("2027-06-30"), terminated.term().endDate());
        assertEquals(RenewalTerms.fixed(), terminated.renewal());
        assertFalse(terminated.term().covers(d("2027-07-01")));
        // History kept: five versions, the original untouched.
        assertEquals(5, h.versions().size());
        assertEquals(ORIGINAL, h.versions().get(0).terms());
        assertEquals(List.of("A-1", "A-2", "A-3", "A-4"), h.amendments().stream().map(Amendment::id).toList());
    }

    @Test
    void amend_scopeChange_replacesPlanAndScopeAndKeepsValueWhenNotGiven() {
        ObligationPlan smaller = ObligationPlan.of();
        TermsHistory h = TermsHistory.original(ORIGINAL).amend(new Amendment.ScopeChange("S-1", "fewer servers",
                d("2026-03-01"), "supply of 80 servers", smaller, null));
        CommercialTerms t = h.latest().terms();
        assertEquals("supply of 80 servers", t.scope());
        assertEquals(smaller, t.plan());
        assertEquals(Money.of("500000.00", "CNY"), t.contractValue());
    }

    @Test
    void amend_beforeLatestVersionOrDuplicateOrBadChange_fails() {
        TermsHistory h = TermsHistory.original(ORIGINAL)
                .amend(new Amendment.PriceChange("A-1", "raise", d("2026-06-01"), Money.of("600000.00", "CNY")));
        assertEquals(ScheduleError.AMENDMENT_ORDER, assertThrows(PactumException.class, () -> h.amend(
                new Amendment.Administrative("A-2", "late", d("2026-05-31"), "x"))).errorCode());
        assertEquals(ScheduleError.AMENDMENT_INVALID, assertThrows(PactumException.class, () -> h.amend(
                new Amendment.Administrative("A-1", "dup", d("2026-07-01"), "x"))).errorCode());
        assertEquals(ScheduleError.AMENDMENT_INVALID, assertThrows(PactumException.class, () -> h.amend(
                new Amendment.PriceChange("A-3", "dollars", d("2026-07-01"), Money.of("1.00", "USD")))).errorCode());
        assertEquals(ScheduleError.AMENDMENT_INVALID, assertThrows(PactumException.class, () -> h.amend(
                new Amendment.Renewal("A-4", "shorter", d("2026-07-01"), d("2026-06-30"), null))).errorCode());
        assertEquals(ScheduleError.AMENDMENT_INVALID, assertThrows(PactumException.class,
                () -> new Amendment.Termination("A-5", " ", d("2026-07-01"))).errorCode());
        assertEquals(ScheduleError.AMENDMENT_INVALID, assertThrows(PactumException.class, () -> TermsHistory
                .original(ORIGINAL).amend(new Amendment.Termination("A-6", "void", d("2026-01-01")))).errorCode());
    }

    @Test
    void amend_terminationAfterAFixedContractEnded_isRefusedInsteadOfExtendingIt() {
        // Fixed 2026-01-01..2026-12-31. A termination effective 2027-03-01 would have made the last
        // day 2027-02-28: two months more than the contract ever had.
        CommercialTerms fixed = new CommercialTerms(Money.of("500000.00", "CNY"),
                Term.fixed(d("2026-01-01"), d("2026-12-31")), RenewalTerms.fixed(), PLAN, "supply of 100 servers");

        PactumException e = assertThrows(PactumException.class, () -> TermsHistory.original(fixed)
                .amend(new Amendment.Termination("A-1", "late", d("2027-03-01"))));

        assertEquals(ScheduleError.AMENDMENT_INVALID, e.errorCode());
        assertEquals("effectiveDate", e.path());
    }

    @Test
    void amend_terminationAfterTheLastAutoRenewal_isRefused() {
        // Auto-renews yearly at most once: in force 2026-01-01..2027-12-31. Terminating from
        // 2028-02-01 would make 2028-01-31 the last day, after the second year ended.
        CommercialTerms once = new CommercialTerms(Money.of("500000.00", "CNY"),
                Term.fixed(d("2026-01-01"), d("2026-12-31")),
                RenewalTerms.autoRenew(Period.ofYears(1), Period.ofDays(30), 1), PLAN, "supply of 100 servers");

        assertEquals(ScheduleError.AMENDMENT_INVALID, assertThrows(PactumException.class,
                () -> TermsHistory.original(once).amend(new Amendment.Termination("A-1", "late", d("2028-02-01"))))
                .errorCode());
        // The day after the natural end is still accepted: the last day stays 2027-12-31.
        TermsHistory atEnd = TermsHistory.original(once).amend(new Amendment.Termination("A-2", "end", d("2028-01-01")));
        assertEquals(d("2027-12-31"), atEnd.latest().terms().term().endDate());
        // Inside the renewal year the termination shortens it: last day 2027-05-31.
        TermsHistory inRenewal = TermsHistory.original(once)
                .amend(new Amendment.Termination("A-3", "insolvency", d("2027-06-01")));
        assertEquals(d("2027-05-31"), inRenewal.latest().terms().term().endDate());
    }
}
