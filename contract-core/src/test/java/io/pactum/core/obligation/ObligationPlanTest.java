package io.pactum.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.calendar.BusinessDayConvention;
import io.pactum.core.error.PactumException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The invariants of obligation plans and their lines. */
class ObligationPlanTest {

    private static ObligationDefinition task(String id, DueRule due) {
        return ObligationDefinition.task(id, ObligationKind.REPORT, "report " + id, Side.US, Plans.PM, due,
                BusinessDayConvention.NONE);
    }

    private static ObligationDefinition pay(String id, String percent) {
        return ObligationDefinition.payment(id, ObligationKind.PAYMENT_IN, PaymentStage.PROGRESS, "pay " + id,
                Side.COUNTERPARTY, Plans.FINANCE, AmountRule.percent(percent), DueRule.onDate(LocalDate.of(2026, 6, 1)),
                BusinessDayConvention.NONE);
    }

    @Test
    void constructor_duplicateId_failsAtTheSecond() {
        PactumException e = assertThrows(PactumException.class, () -> ObligationPlan.of(pay("a", "10"), pay("a", "10")));
        assertEquals(ScheduleError.PLAN_INVALID, e.errorCode());
        assertEquals("obligations[1].id", e.path());
    }

    @Test
    void constructor_unknownOrCyclicReference_fails() {
        PactumException unknown = assertThrows(PactumException.class, () -> ObligationPlan.of(
                task("a", DueRule.after(EventRef.fulfilmentOf("zzz"), Offset.NONE))));
        assertEquals("obligations[0].due", unknown.path());
        PactumException cycle = assertThrows(PactumException.class, () -> ObligationPlan.of(
                task("a", DueRule.after(EventRef.fulfilmentOf("b"), Offset.NONE)),
                task("b", DueRule.after(EventRef.fulfilmentOf("a"), Offset.NONE))));
        assertEquals(ScheduleError.PLAN_INVALID, cycle.errorCode());
    }

    @Test
    void constructor_percentagesOver100_failsAtTheLineThatCrosses() {
        PactumException e = assertThrows(PactumException.class,
                () -> ObligationPlan.of(pay("a", "60"), pay("b", "30"), pay("c", "10.01")));
        assertEquals(ScheduleError.PERCENTAGES_OVER_100, e.errorCode());
        assertEquals("obligations[2].amount", e.path());
    }

    @Test
    void definition_paymentWithoutAmountOrTaskWithStage_fails() {
        assertEquals("amount", assertThrows(PactumException.class, () -> new ObligationDefinition("p",
                ObligationKind.PAYMENT_OUT, PaymentStage.FINAL, "t", Side.US, Plans.FINANCE, null,
                java.util.List.of(), DueRule.onDate(LocalDate.of(2026, 1, 1)), BusinessDayConvention.NONE)).path());
        assertEquals("stage", assertThrows(PactumException.class, () -> new ObligationDefinition("p",
                ObligationKind.REPORT, PaymentStage.FINAL, "t", Side.US, Plans.FINANCE, null,
                java.util.List.of(), DueRule.onDate(LocalDate.of(2026, 1, 1)), BusinessDayConvention.NONE)).path());
        assertEquals(ScheduleError.PLAN_INVALID,
                assertThrows(PactumException.class, () -> AmountRule.percent("0")).errorCode());
        assertEquals(ScheduleError.PLAN_INVALID,
                assertThrows(PactumException.class, () -> new EventRef(EventType.SIGNATURE, "x")).errorCode());
    }
}
