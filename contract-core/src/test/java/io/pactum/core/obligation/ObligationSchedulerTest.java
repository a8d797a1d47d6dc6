package io.pactum.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.calendar.BusinessDayConvention;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Scheduling plans into dated obligations on the China calendar, and rescheduling. */
class ObligationSchedulerTest {

    private static final ObligationScheduler CN = ObligationScheduler.using(BusinessCalendar.chinaMainland());
    private static final UserId SYSTEM = UserId.of("system:scheduler");
    private static final Instant T0 = Instant.parse("2026-02-06T02:00:00Z");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Map<String, LocalDate> dueDates(Schedule s) {
        return s.dated().stream().collect(Collectors.toMap(ScheduledObligation::key, ScheduledObligation::dueDate));
    }

    @Test
    void schedule_signedContract_datesKnownRulesAndKeepsOthersPending() {
        Schedule s = CN.schedule(Plans.supplyPlan(), Plans.input("1000000.00").withEvent(EventType.SIGNATURE,
                d("2026-02-06")));
        Map<String, LocalDate> due = dueDates(s);
        // 10 business days after Fri Feb 6 2026: Feb 9..13 (5), Sat Feb 14 worked (6), Feb 15..23
        // Spring Festival, then Feb 24, 25, 26, 27 (10).
        assertEquals(d("2026-02-27"), due.get("down-payment#0"));
        // May 1 2026 is Labour Day (May 1..5 off): following -> Wed May 6.
        assertEquals(d("2026-05-06"), due.get("progress#0"));
        // Effective Mar 1 + 60 days = Apr 30 (Thu), a business day.
        assertEquals(d("2026-04-30"), due.get("delivery#0"));
        // Month ends Mar..Aug, preceding: Sun May 31 -> Fri May 29.
        assertEquals(List.of(d("2026-03-31"), d("2026-04-30"), d("2026-05-29"), d("2026-06-30"), d("2026-07-31"),
                d("2026-08-31")), s.obligations().stream().filter(o -> o.definition().id().equals("monthly-report"))
                .map(ScheduledObligation::dueDate).toList());
        ScheduledObligation report = s.find("monthly-report#2").orElseThrow();
        assertEquals(d("2026-05-31"), report.scheduledDate());
        assertEquals(Plans.PM, report.owner());

        assertEquals(List.of("acceptance-payment#0", "retention#0", "acceptance#0"),
                s.pending().stream().map(ScheduledObligation::key).toList());
        ScheduledObligation retention = s.find("retention#0").orElseThrow();
        assertNull(retention.dueDate());
        assertEquals(EventRef.of(EventType.DELIVERY_ACCEPTED), retention.waitingFor());
        assertTrue(retention.definition().due() instanceof DueRule.AfterEvent);
    }

    @Test
    void schedule_percentages_allocateExactlyToTheContractValue() {
        Schedule s = CN.schedule(Plans.supplyPlan(), Plans.input("100.01"));
        // 100.01 at 30/40/25/5: 30.003, 40.004, 25.0025, 5.0005 -> floors 30.00+40.00+25.00+5.00 = 100.00;
        // the last cent goes to the largest remainder (.4 of a cent, the 40% part): 40.01.
        assertEquals(Money.of("30.00", "CNY"), s.find("down-payment#0").orElseThrow().amount());
        assertEquals(Money.of("40.01", "CNY"), s.find("progress#0").orElseThrow().amount());
        assertEquals(Money.of("25.00", "CNY"), s.find("acceptance-payment#0").orElseThrow().amount());
        assertEquals(Money.of("5.00", "CNY"), s.find("retention#0").orElseThrow().amount());
        assertEquals(Money.of("100.01", "CNY"), s.total(ObligationKind.PAYMENT_IN, Money.currency("CNY")));
    }

    @Test
    void schedule_eventsKnown_datesEndOfMonthAndRetentionAndChain() {
        ScheduleInput input = Plans.input("1000000.00").withEvent(EventType.INVOICE_RECEIVED, d("2026-08-20"))
                .withEvent(EventType.DELIVERY_ACCEPTED, d("2026-09-30")).withFulfilment("delivery", d("2026-04-29"));
        Map<String, LocalDate> due = dueDates(CN.schedule(Plans.supplyPlan(), input));
        // End of the invoice month Aug 31 + 30 days = Sep 30 (Wed).
        assertEquals(d("2026-09-30"), due.get("acceptance-payment#0"));
        // Accepted Sep 30 2026 + 12 months = Thu Sep 30 2027.
        assertEquals(d("2027-09-30"), due.get("retention#0"));
        // Delivery fulfilled Wed Apr 29; 5 business days: Apr 30 (1), May 1..5 off, May 6, 7, 8 (4),
        // Sat May 9 worked (5).
        assertEquals(d("2026-05-09"), due.get("acceptance#0"));
    }

    @Test
    void schedule_recurringPercentage_splitsShareEvenlyAcrossOccurrences() {
        ObligationPlan plan = ObligationPlan.of(ObligationDefinition.payment("rent", ObligationKind.PAYMENT_OUT,
                PaymentStage.RECURRING_FEE, "rent", Side.US, Plans.FINANCE, AmountRule.percent("100"),
                DueRule.recurring(DueRule.onDate(d("2026-01-31")), Recurrence.times(Frequency.MONTHLY, 1, 3)),
                BusinessDayConvention.NONE));
        Schedule s = ObligationScheduler.using(BusinessCalendar.weekendsOnly()).schedule(plan, Plans.input("100.00"));
        // 100.00 / 3 = 33.33 rest 0.01 to the first part.
        assertEquals(List.of(Money.of("33.34", "CNY"), Money.of("33.33", "CNY"), Money.of("33.33", "CNY")),
                s.obligations().stream().map(ScheduledObligation::amount).toList());
        assertEquals(List.of(d("2026-01-31"), d("2026-02-28"), d("2026-03-31")),
                s.obligations().stream().map(ScheduledObligation::dueDate).toList());
    }

    @Test
    void schedule_fixedAmountInOtherCurrency_failsWithPlanCurrency() {
        ObligationPlan plan = ObligationPlan.of(ObligationDefinition.payment("fee", ObligationKind.PAYMENT_IN,
                PaymentStage.FINAL, "fee", Side.COUNTERPARTY, Plans.FINANCE, AmountRule.fixed(Money.of("10.00", "USD")),
                DueRule.onDate(d("2026-06-01")), BusinessDayConvention.NONE));
        PactumException e = assertThrows(PactumException.class, () -> CN.schedule(plan, Plans.input("100.00")));
        assertEquals(ScheduleError.PLAN_CURRENCY, e.errorCode());
        assertEquals("obligations[0].amount", e.path());
    }

    @Test
    void schedule_monthlyFromLastRepresentableDate_failsWithPlanInvalidInsteadOfDateTimeException() {
        // The second monthly occurrence after +999999999-12-31 would be in year 1,000,000,000,
        // which java.time cannot count: before the fix a DateTimeException escaped.
        ObligationPlan plan = ObligationPlan.of(ObligationDefinition.payment("fee", ObligationKind.PAYMENT_IN,
                PaymentStage.RECURRING_FEE, "fee", Side.COUNTERPARTY, Plans.FINANCE,
                AmountRule.fixed(Money.of("10.00", "CNY")),
                DueRule.recurring(DueRule.onDate(LocalDate.MAX), Recurrence.times(Frequency.MONTHLY, 1, 2)),
                BusinessDayConvention.NONE));

        PactumException e = assertThrows(PactumException.class, () -> CN.schedule(plan, Plans.input("100.00")));

        assertEquals(ScheduleError.PLAN_INVALID, e.errorCode());
        assertEquals("obligations[0].due", e.path());
    }

    @Test
    void reschedule_eventDateChangedAndPriceChanged_keepsFulfilledHistoryAndMovesOpenOnes() {
        ObligationPlan plan = Plans.supplyPlan();
        ScheduleInput signed = Plans.input("1000000.00").withEvent(EventType.SIGNATURE, d("2026-02-06"));
        List<Obligation> open = CN.reschedule(List.of(), plan, signed, SYSTEM, T0, "signed");
        Obligation down = open.stream().filter(o -> o.scheduled().key().equals("down-payment#0")).findFirst()
                .orElseThrow().fulfil(UserId.of("u-zhao"), T0, d("2026-02-26"), null, List.of("INV-1"), "paid");
        List<Obligation> current = open.stream().map(o -> o.scheduled().key().equals("down-payment#0") ? down : o)
                .toList();

        // A price change to 1,200,000.00 and the delivery accepted.
        ScheduleInput changed = Plans.input("1200000.00").withEvent(EventType.SIGNATURE, d("2026-02-06"))
                .withEvent(EventType.DELIVERY_ACCEPTED, d("2026-09-30"));
        List<Obligation> next = CN.reschedule(current, plan, changed, SYSTEM, T0.plusSeconds(60), "amendment A-1");
        Map<String, Obligation> byKey = next.stream().collect(Collectors.toMap(o -> o.scheduled().key(), o -> o));

        Obligation keptDown = byKey.get("down-payment#0");
        assertEquals(ObligationStatus.FULFILLED, keptDown.status());
        assertEquals(Money.of("300000.00", "CNY"), keptDown.scheduled().amount()); // unchanged: history kept
        assertEquals(down, keptDown);

        Obligation progress = byKey.get("progress#0");
        assertEquals(Money.of("480000.00", "CNY"), progress.scheduled().amount()); // 40% of 1.2m
        assertEquals(ObligationEvent.Type.RESCHEDULED, progress.history().get(progress.history().size() - 1).type());
        Obligation retention = byKey.get("retention#0");
        assertEquals(d("2027-09-30"), retention.scheduled().dueDate());
        assertEquals(ObligationStatus.PENDING, retention.status());
    }

    @Test
    void reschedule_obligationDroppedFromPlan_isSupersededNotDeleted() {
        ScheduleInput input = Plans.input("1000.00");
        List<Obligation> first = CN.reschedule(List.of(), Plans.supplyPlan(), input, SYSTEM, T0, "initial");
        ObligationPlan smaller = new ObligationPlan(Plans.supplyPlan().obligations().stream()
                .filter(d -> !d.id().equals("monthly-report")).toList());
        List<Obligation> next = CN.reschedule(first, smaller, input, SYSTEM, T0, "scope change S-1");
        assertEquals(first.size(), next.size());
        List<Obligation> reports = next.stream().filter(o -> o.scheduled().definition().id().equals("monthly-report"))
                .toList();
        assertEquals(6, reports.size());
        assertTrue(reports.stream().allMatch(o -> o.status() == ObligationStatus.SUPERSEDED));
        assertEquals("scope change S-1", reports.get(0).history().get(1).reason());
    }
}
