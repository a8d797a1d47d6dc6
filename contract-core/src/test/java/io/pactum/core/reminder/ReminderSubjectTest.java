package io.pactum.core.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.Term;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.Obligation;
import io.pactum.core.obligation.ObligationPlans;
import io.pactum.core.obligation.ObligationScheduler;
import io.pactum.core.obligation.Owner;
import io.pactum.core.obligation.Schedule;
import io.pactum.core.obligation.ScheduleInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** From scheduled obligations to reminder subjects and reminders. */
class ReminderSubjectTest {

    private static final ContractId CONTRACT = ContractId.of("C-7");
    private static final UserId SYSTEM = UserId.of("system:scheduler");
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static Schedule schedule() {
        return ObligationScheduler.using(BusinessCalendar.weekendsOnly()).schedule(ObligationPlans.fromJson("""
                {"obligations": [
                  {"id": "report", "kind": "REPORT", "title": "report", "side": "US", "owner": {"role": "pm"},
                   "due": {"kind": "onDate", "date": "2026-03-16"}},
                  {"id": "accept", "kind": "ACCEPTANCE", "title": "accept", "side": "COUNTERPARTY",
                   "owner": {"role": "pm"}, "due": {"kind": "afterEvent", "event": "DELIVERY_ACCEPTED"}}]}
                """), ScheduleInput.of(CONTRACT, Money.of("1.00", "CNY"),
                Term.fixed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), Owner.role("sales")));
    }

    @Test
    void of_datedOpenObligation_isSubjectKeyedByContractAndObligation() {
        Obligation report = Obligation.open(schedule().find("report#0").orElseThrow(), SYSTEM, T);
        ReminderSubject s = ReminderSubject.of(CONTRACT, report).orElseThrow();
        assertEquals("C-7/report#0", s.key());
        assertEquals(LocalDate.of(2026, 3, 16), s.dueDate());
        assertTrue(s.open());
        // Standard policy in Shanghai (UTC+8, no DST): Mar 9, 13, 15 at 09:00 = 01:00Z.
        assertEquals(List.of(Instant.parse("2026-03-09T01:00:00Z"), Instant.parse("2026-03-13T01:00:00Z"),
                Instant.parse("2026-03-15T01:00:00Z")), ReminderPlanner.remindersIn(
                        ReminderPolicy.standard(ZoneId.of("Asia/Shanghai")), List.of(s),
                        Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-16T00:00:00Z"))
                .stream().map(Reminder::at).toList());
    }

    @Test
    void of_pendingOrFulfilled_givesNoSubjectOrAClosedOne() {
        Schedule s = schedule();
        assertTrue(ReminderSubject.of(CONTRACT, Obligation.open(s.find("accept#0").orElseThrow(), SYSTEM, T)).isEmpty());
        Obligation done = Obligation.open(s.find("report#0").orElseThrow(), SYSTEM, T)
                .fulfil(SYSTEM, T, LocalDate.of(2026, 3, 10), null, List.of(), "sent");
        assertFalse(ReminderSubject.of(CONTRACT, done).orElseThrow().open());
    }
}
