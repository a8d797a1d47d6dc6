package io.pactum.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.calendar.BusinessDayConvention;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plans written to JSON read back equal; the input record refuses misplaced fulfilments. */
class PlanJsonRoundTripTest {

    @Test
    void toJson_supplyPlan_readsBackEqual() {
        ObligationPlan plan = Plans.supplyPlan();
        assertEquals(plan, ObligationPlans.fromJson(ObligationPlans.toJson(plan)));
    }

    @Test
    void toJson_fixedAmountUntilAndDayOfMonth_readsBackEqual() {
        ObligationPlan plan = ObligationPlan.of(ObligationDefinition.payment("rent", ObligationKind.PAYMENT_OUT,
                PaymentStage.RECURRING_FEE, "rent", Side.US, Plans.FINANCE, AmountRule.fixed(Money.of("2500.50", "CNY")),
                DueRule.recurring(DueRule.after(EventRef.of(EventType.EFFECTIVE_DATE),
                        Offset.of(-3, Offset.Unit.WEEKS).toEndOfMonth()),
                        Recurrence.until(Frequency.QUARTERLY, 2, LocalDate.of(2030, 12, 31)).onDay(31)),
                BusinessDayConvention.MODIFIED_FOLLOWING).withEvidence("receipt", "bank-slip"));
        String json = ObligationPlans.toJson(plan);
        assertEquals(plan, ObligationPlans.fromJson(json));
    }

    @Test
    void scheduleInput_fulfilmentAsContractEvent_failsWithPlanInvalid() {
        PactumException e = assertThrows(PactumException.class, () -> new ScheduleInput(Plans.CONTRACT,
                Money.of("1.00", "CNY"), Plans.input("1.00").term(), Plans.PM,
                Map.of(EventType.OBLIGATION_FULFILLED, LocalDate.of(2026, 1, 1)), Map.of()));
        assertEquals(ScheduleError.PLAN_INVALID, e.errorCode());
        assertEquals("eventDates", e.path());
    }
}
