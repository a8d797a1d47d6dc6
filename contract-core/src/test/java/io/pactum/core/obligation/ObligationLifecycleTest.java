package io.pactum.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The obligation lifecycle as a pure state machine. */
class ObligationLifecycleTest {

    private static final UserId SYSTEM = UserId.of("system:scheduler");
    private static final UserId ZHAO = UserId.of("u-zhao");
    private static final Instant T = Instant.parse("2026-05-06T01:00:00Z");

    private static Obligation progressPayment() {
        Schedule s = ObligationScheduler.using(BusinessCalendar.chinaMainland()).schedule(Plans.supplyPlan(),
                Plans.input("1000000.00"));
        return Obligation.open(s.find("progress#0").orElseThrow(), SYSTEM, T); // 400000.00 due 2026-05-06
    }

    private static Obligation delivery() {
        Schedule s = ObligationScheduler.using(BusinessCalendar.chinaMainland()).schedule(Plans.supplyPlan(),
                Plans.input("1000000.00"));
        return Obligation.open(s.find("delivery#0").orElseThrow(), SYSTEM, T);
    }

    @Test
    void advance_onAndAfterDueDate_becomesDueThenOverdue() {
        Obligation o = progressPayment();
        assertSame(o, o.advance(LocalDate.of(2026, 5, 5), SYSTEM, T));
        Obligation due = o.advance(LocalDate.of(2026, 5, 6), SYSTEM, T);
        assertEquals(ObligationStatus.DUE, due.status());
        Obligation overdue = o.advance(LocalDate.of(2026, 5, 7), SYSTEM, T);
        assertEquals(ObligationStatus.OVERDUE, overdue.status());
        // Two events, one per step, the second dated the day after the due date.
        assertEquals(List.of(ObligationEvent.Type.SCHEDULED, ObligationEvent.Type.BECAME_DUE,
                ObligationEvent.Type.BECAME_OVERDUE), overdue.history().stream().map(ObligationEvent::type).toList());
        assertEquals(LocalDate.of(2026, 5, 7), overdue.history().get(2).effectiveDate());
    }

    @Test
    void fulfil_partialThenRest_keepsStatusThenFulfils() {
        Obligation overdue = progressPayment().advance(LocalDate.of(2026, 5, 10), SYSTEM, T);
        Obligation partial = overdue.fulfil(ZHAO, T, LocalDate.of(2026, 5, 11), Money.of("150000.00", "CNY"),
                List.of("bank-slip-1"), "first instalment");
        assertEquals(ObligationStatus.OVERDUE, partial.status());
        assertTrue(partial.isPartiallyFulfilled());
        // 400000.00 - 150000.00 = 250000.00 outstanding.
        assertEquals(Money.of("250000.00", "CNY"), partial.outstanding().orElseThrow());
        Obligation full = partial.fulfil(ZHAO, T, LocalDate.of(2026, 5, 20), null, List.of("bank-slip-2"), "rest");
        assertEquals(ObligationStatus.FULFILLED, full.status());
        assertEquals(Money.of("400000.00", "CNY"), full.fulfilledAmount());
        assertEquals(LocalDate.of(2026, 5, 20), full.fulfilledOn().orElseThrow());
        ObligationEvent last = full.history().get(full.history().size() - 1);
        assertEquals(ZHAO, last.actor());
        assertEquals(Money.of("250000.00", "CNY"), last.amount());
        assertEquals(List.of("bank-slip-2"), last.evidence());
        assertEquals(ObligationStatus.OVERDUE, last.from());
    }

    @Test
    void fulfil_moreThanOutstandingOrOtherCurrency_failsWithFulfilmentAmount() {
        Obligation o = progressPayment();
        assertCode(ScheduleError.FULFILMENT_AMOUNT, () -> o.fulfil(ZHAO, T, LocalDate.of(2026, 5, 6),
                Money.of("400000.01", "CNY"), List.of(), ""));
        assertCode(ScheduleError.FULFILMENT_AMOUNT, () -> o.fulfil(ZHAO, T, LocalDate.of(2026, 5, 6),
                Money.of("1.00", "USD"), List.of(), ""));
        assertCode(ScheduleError.FULFILMENT_AMOUNT, () -> o.fulfil(ZHAO, T, LocalDate.of(2026, 5, 6),
                Money.of("0.00", "CNY"), List.of(), ""));
        assertCode(ScheduleError.FULFILMENT_AMOUNT, () -> delivery().fulfil(ZHAO, T, LocalDate.of(2026, 5, 6),
                Money.of("1.00", "CNY"), List.of("dn-1"), ""));
    }

    @Test
    void fulfil_evidenceRequiredButMissing_failsWithEvidenceMissing() {
        assertCode(ScheduleError.EVIDENCE_MISSING, () -> delivery().fulfil(ZHAO, T, LocalDate.of(2026, 4, 30), null,
                List.of(), "delivered"));
        assertEquals(ObligationStatus.FULFILLED,
                delivery().fulfil(ZHAO, T, LocalDate.of(2026, 4, 30), null, List.of("DN-77"), "delivered").status());
    }

    @Test
    void dispute_thenResolve_restoresPreviousStatus() {
        Obligation due = progressPayment().advance(LocalDate.of(2026, 5, 6), SYSTEM, T);
        Obligation disputed = due.dispute(ZHAO, T, "goods damaged", List.of("photo-1"));
        assertEquals(ObligationStatus.DISPUTED, disputed.status());
        assertFalse(disputed.status().isOpen());
        assertCode(ScheduleError.ILLEGAL_OBLIGATION_TRANSITION,
                () -> disputed.fulfil(ZHAO, T, LocalDate.of(2026, 5, 6), null, List.of(), ""));
        Obligation resolved = disputed.resolveDispute(ZHAO, T, "replacement shipped");
        assertEquals(ObligationStatus.DUE, resolved.status());
    }

    @Test
    void terminalStatuses_refuseEveryChange() {
        Obligation waived = progressPayment().waive(ZHAO, T, "goodwill");
        assertEquals(ObligationStatus.WAIVED, waived.status());
        assertCode(ScheduleError.ILLEGAL_OBLIGATION_TRANSITION, () -> waived.waive(ZHAO, T, "again"));
        assertCode(ScheduleError.ILLEGAL_OBLIGATION_TRANSITION, () -> waived.supersede(ZHAO, T, "x"));
        assertCode(ScheduleError.ILLEGAL_OBLIGATION_TRANSITION, () -> waived.dispute(ZHAO, T, "x", List.of()));
        assertCode(ScheduleError.ILLEGAL_OBLIGATION_TRANSITION,
                () -> waived.reschedule(waived.scheduled(), ZHAO, T, "x"));
        assertSame(waived, waived.advance(LocalDate.of(2030, 1, 1), SYSTEM, T));
        assertCode(ScheduleError.ILLEGAL_OBLIGATION_TRANSITION, () -> progressPayment().waive(ZHAO, T, " "));
    }

    @Test
    void reschedule_newAmountBelowFulfilled_failsWithFulfilmentAmount() {
        Obligation partial = progressPayment().fulfil(ZHAO, T, LocalDate.of(2026, 5, 6), Money.of("300000.00", "CNY"),
                List.of(), "");
        Schedule cheaper = ObligationScheduler.using(BusinessCalendar.chinaMainland()).schedule(Plans.supplyPlan(),
                Plans.input("500000.00")); // progress becomes 200000.00
        assertCode(ScheduleError.FULFILMENT_AMOUNT,
                () -> partial.reschedule(cheaper.find("progress#0").orElseThrow(), SYSTEM, T, "price cut"));
    }

    private static void assertCode(ScheduleError code, org.junit.jupiter.api.function.Executable e) {
        assertEquals(code, assertThrows(PactumException.class, e).errorCode());
    }
}
