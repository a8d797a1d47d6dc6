package io.pactum.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.contract.Term;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rescheduling to a new value in another currency: refused at the value, not deep inside the arithmetic. */
class RescheduleToValueTest {

    private static final ObligationScheduler SCHEDULER = ObligationScheduler.using(BusinessCalendar.weekendsOnly());
    private static final UserId ACTOR = UserId.of("u-fin");
    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    private static List<Obligation> scheduledInCny() {
        List<Obligation> out = new ArrayList<>();
        for (ScheduledObligation s : SCHEDULER.schedule(Plans.supplyPlan(), Plans.input("1000.00")).obligations()) {
            out.add(Obligation.open(s, ACTOR, AT));
        }
        return out;
    }

    @Test
    void newValueInAnotherCurrency_isAmendmentInvalidAtContractValue() {
        ScheduleInput usd = ScheduleInput.of(Plans.CONTRACT, Money.of("1000.00", "USD"),
                Term.fixed(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28)), Plans.PM);
        PactumException e = assertThrows(PactumException.class,
                () -> SCHEDULER.rescheduleToValue(scheduledInCny(), Plans.supplyPlan(), usd, ACTOR, AT, "amendment"));
        assertEquals(ScheduleError.AMENDMENT_INVALID, e.errorCode());
        assertEquals("contractValue", e.path());
    }
}
