package io.pactum.core.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.error.PactumException;
import io.pactum.core.obligation.Owner;
import io.pactum.core.obligation.ScheduleError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Reminder instants across daylight-saving changes, escalation, idempotency and catch-up. */
class ReminderPlannerTest {

    private static final Owner OWNER = Owner.role("finance");
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    private static ReminderSubject due(String date) {
        return new ReminderSubject("C-1/pay#0", LocalDate.parse(date), OWNER, true);
    }

    private static List<Instant> instants(List<Reminder> reminders) {
        return reminders.stream().map(Reminder::at).toList();
    }

    @ParameterizedTest(name = "{0} due {1}")
    @CsvSource({
        // Berlin, clocks forward Sun 2026-03-29 (CET +1 -> CEST +2). Due Mon Mar 30:
        // P7D Mar 23 09:00+1 = 08:00Z, P3D Mar 27 08:00Z, P1D Mar 29 09:00+2 = 07:00Z,
        // escalations Mar 31 and Apr 6 at 09:00+2 = 07:00Z.
        "Europe/Berlin, 2026-03-30, 2026-03-23T08:00:00Z 2026-03-27T08:00:00Z 2026-03-29T07:00:00Z 2026-03-31T07:00:00Z 2026-04-06T07:00:00Z",
        // Berlin, clocks back Sun 2026-10-25. Due Mon Oct 26: P7D Oct 19 and P3D Oct 23 at +2 = 07:00Z,
        // P1D Oct 25 at +1 = 08:00Z, escalations at +1 = 08:00Z.
        "Europe/Berlin, 2026-10-26, 2026-10-19T07:00:00Z 2026-10-23T07:00:00Z 2026-10-25T08:00:00Z 2026-10-27T08:00:00Z 2026-11-02T08:00:00Z",
        // New York, forward Sun 2026-03-08 (EST -5 -> EDT -4). Due Mon Mar 9: Mar 2 and Mar 6 at -5 = 14:00Z,
        // Mar 8 at -4 = 13:00Z, Mar 10 and Mar 16 at 13:00Z.
        "America/New_York, 2026-03-09, 2026-03-02T14:00:00Z 2026-03-06T14:00:00Z 2026-03-08T13:00:00Z 2026-03-10T13:00:00Z 2026-03-16T13:00:00Z",
        // New York, back Sun 2026-11-01. Due Mon Nov 2: Oct 26, Oct 30 at -4 = 13:00Z; Nov 1, 3, 9 at -5 = 14:00Z.
        "America/New_York, 2026-11-02, 2026-10-26T13:00:00Z 2026-10-30T13:00:00Z 2026-11-01T14:00:00Z 2026-11-03T14:00:00Z 2026-11-09T14:00:00Z",
        // Sydney, DST ends Sun 2026-04-05 (AEDT +11 -> AEST +10). Due Mon Apr 6: Mar 30 and Apr 3 at +11 =
        // previous day 22:00Z; Apr 5, 7, 13 at +10 = previous day 23:00Z.
        "Australia/Sydney, 2026-04-06, 2026-03-29T22:00:00Z 2026-04-02T22:00:00Z 2026-04-04T23:00:00Z 2026-04-06T23:00:00Z 2026-04-12T23:00:00Z",
        // Sydney, DST starts Sun 2026-10-04. Due Mon Oct 5: Sep 28, Oct 2 at +10 = prev 23:00Z; Oct 4, 6, 12 at +11 = prev 22:00Z.
        "Australia/Sydney, 2026-10-05, 2026-09-27T23:00:00Z 2026-10-01T23:00:00Z 2026-10-03T22:00:00Z 2026-10-05T22:00:00Z 2026-10-11T22:00:00Z",
    })
    void remindersIn_acrossDaylightSavingChanges_fireAtNineLocal(String zone, String dueDate, String expected) {
        ReminderPolicy policy = ReminderPolicy.standard(ZoneId.of(zone));
        List<Reminder> r = ReminderPlanner.remindersIn(policy, List.of(due(dueDate)), FROM, TO);
        List<Instant> want = new ArrayList<>();
        for (String s : expected.split(" ")) {
            want.add(Instant.parse(s));
        }
        assertEquals(want, instants(r));
        assertEquals(List.of(RecipientRole.OWNER, RecipientRole.OWNER, RecipientRole.OWNER,
                RecipientRole.OWNER_MANAGER, RecipientRole.DEPARTMENT_HEAD),
                r.stream().map(Reminder::recipient).toList());
    }

    @Test
    void remindersIn_dueDateAtTheEndOfTime_sendsTheOtherSubjectsRemindersInsteadOfDateTimeException() {
        // LocalDate.MAX plus the standard escalation of P1D is past year 999,999,999: before the fix
        // that one subject made the whole run throw a java.time.DateTimeException.
        ReminderPolicy policy = ReminderPolicy.standard(ZoneId.of("UTC"));
        ReminderSubject endOfTime = new ReminderSubject("C-9/pay#0", LocalDate.MAX, OWNER, true);

        List<Reminder> r = ReminderPlanner.remindersIn(policy, List.of(endOfTime, due("2026-06-10")), FROM, TO);

        // due Wed 2026-06-10 at 09:00 UTC: leads P7D Jun 3, P3D Jun 7, P1D Jun 9; escalations P1D Jun 11, P7D Jun 17
        assertEquals(List.of(Instant.parse("2026-06-03T09:00:00Z"), Instant.parse("2026-06-07T09:00:00Z"),
                Instant.parse("2026-06-09T09:00:00Z"), Instant.parse("2026-06-11T09:00:00Z"),
                Instant.parse("2026-06-17T09:00:00Z")), instants(r));
    }

    @Test
    void remindersIn_sendTimeInGapOrOverlap_firesExactlyOnce() {
        ReminderPolicy at0230 = new ReminderPolicy("night", List.of(Period.ofDays(1)), List.of(RecipientRole.OWNER),
                List.of(), LocalTime.of(2, 30), ZoneId.of("Europe/Berlin"), List.of());
        // 02:30 on Mar 29 does not exist in Berlin: moved by the gap to 03:30 CEST = 01:30Z.
        assertEquals(List.of(Instant.parse("2026-03-29T01:30:00Z")),
                instants(ReminderPlanner.remindersIn(at0230, List.of(due("2026-03-30")), FROM, TO)));
        // 02:30 on Oct 25 happens twice: the earlier offset (CEST, +2) = 00:30Z, once.
        assertEquals(List.of(Instant.parse("2026-10-25T00:30:00Z")),
                instants(ReminderPlanner.remindersIn(at0230, List.of(due("2026-10-26")), FROM, TO)));
    }

    @Test
    void remindersIn_dailyDueDatesOverAYear_oneReminderPerLocalDayAtNine() {
        ZoneId ny = ZoneId.of("America/New_York");
        ReminderPolicy onTheDay = new ReminderPolicy("day", List.of(Period.ZERO), List.of(RecipientRole.OWNER),
                List.of(), LocalTime.of(9, 0), ny, List.of());
        List<ReminderSubject> subjects = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            subjects.add(new ReminderSubject("C-1/r#" + d, d, OWNER, true));
        }
        List<Reminder> r = ReminderPlanner.remindersIn(onTheDay, subjects, Instant.parse("2025-12-31T00:00:00Z"),
                Instant.parse("2027-01-02T00:00:00Z"));
        assertEquals(365, r.size());
        assertEquals(365, r.stream().map(Reminder::localDate).distinct().count());
        assertTrue(r.stream().allMatch(x -> x.at().atZone(ny).toLocalTime().equals(LocalTime.of(9, 0))));
    }

    @Test
    void remindersIn_closedObligation_getsNothing() {
        ReminderSubject closed = new ReminderSubject("C-1/pay#0", LocalDate.parse("2026-06-10"), OWNER, false);
        assertEquals(List.of(), ReminderPlanner.remindersIn(ReminderPolicy.standard(ZoneId.of("Asia/Shanghai")),
                List.of(closed), FROM, TO));
    }

    @Test
    void remindersIn_sameInputTwice_sameKeysAndKeysAreUnique() {
        ReminderPolicy p = ReminderPolicy.standard(ZoneId.of("Asia/Shanghai"));
        List<ReminderSubject> subjects = List.of(due("2026-06-10"),
                new ReminderSubject("C-2/pay#0", LocalDate.parse("2026-06-10"), OWNER, true));
        List<Reminder> a = ReminderPlanner.remindersIn(p, subjects, FROM, TO);
        assertEquals(a, ReminderPlanner.remindersIn(p, subjects, FROM, TO));
        Set<String> keys = a.stream().map(Reminder::idempotencyKey).collect(Collectors.toSet());
        assertEquals(10, keys.size());
        assertTrue(keys.contains("standard|C-1/pay#0|LEAD|P7D|2026-06-10|OWNER"));
    }

    @Test
    void remindersIn_windowEndsBeforeStart_failsWithWindowOrder() {
        PactumException e = assertThrows(PactumException.class, () -> ReminderPlanner.remindersIn(
                ReminderPolicy.standard(ZoneId.of("UTC")), List.of(), TO, FROM));
        assertEquals(ScheduleError.WINDOW_ORDER, e.errorCode());
    }

    @Test
    void catchUp_afterOutage_sendsAllLatestOrNoneByExplicitChoice() {
        ReminderPolicy p = ReminderPolicy.standard(ZoneId.of("UTC"));
        List<ReminderSubject> s = List.of(due("2026-06-10"));
        // Down from Jun 1 to Jun 12: P7D (Jun 3), P3D (Jun 7), P1D (Jun 9), manager +1 (Jun 11) missed.
        Instant down = Instant.parse("2026-06-01T00:00:00Z");
        Instant up = Instant.parse("2026-06-12T00:00:00Z");
        assertEquals(4, ReminderPlanner.catchUp(p, s, down, up, CatchUp.SEND_ALL).size());
        List<Reminder> latest = ReminderPlanner.catchUp(p, s, down, up, CatchUp.LATEST_ONLY);
        // The latest per recipient: owner's P1D on Jun 9 and the manager's on Jun 11.
        assertEquals(List.of(Instant.parse("2026-06-09T09:00:00Z"), Instant.parse("2026-06-11T09:00:00Z")),
                instants(latest));
        assertEquals(List.of(), ReminderPlanner.catchUp(p, s, down, up, CatchUp.SKIP));
        assertEquals(new HashSet<>(ReminderPlanner.catchUp(p, s, down, up, CatchUp.SEND_ALL)),
                new HashSet<>(ReminderPlanner.remindersIn(p, s, down, up)));
    }
}
