package io.pactum.examples.quickstart.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatedYearTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final String SCRIPT = """
            {"year": 2024, "events": [
              {"on": "2024-02-29", "kind": "PAYMENT", "contract": "SC-1", "obligation": "fee#1",
               "amount": {"amount": "100.00", "currency": "CNY"}, "note": "leap day"},
              {"on": "2024-01-10", "kind": "SIGNATURE", "contract": "SC-1", "note": "signed"},
              {"on": "2024-02-29", "kind": "ACCEPTANCE", "contract": "SC-1", "obligation": "acceptance#0", "note": "ok"},
              {"on": "2024-06-01", "kind": "AMENDMENT", "contract": "SC-1", "amount": {"amount": "900.00", "currency": "CNY"}, "note": "price"},
              {"on": "2024-07-01", "kind": "FULFILMENT", "contract": "SC-1", "obligation": "report#5", "note": "report"},
              {"on": "2024-12-31", "kind": "RENEWAL", "contract": "SC-1", "note": "renew"}
            ]}""";

    /** Writes down every call with the clock's time at that moment. */
    private static final class Recorder implements YearHooks {
        final SimulatedClock clock;
        final List<String> calls = new ArrayList<>();
        final List<Instant> dueWork = new ArrayList<>();
        final List<YearMonth> months = new ArrayList<>();

        Recorder(SimulatedClock clock) {
            this.clock = clock;
        }

        private void note(String what, YearEvent e) {
            calls.add(clock.today() + " " + what + " " + e.contract() + (e.obligation() == null ? "" : " " + e.obligation()));
        }

        @Override
        public void startOfYear(LocalDate firstDay) {
            calls.add(clock.today() + " start " + firstDay);
        }

        @Override
        public void sign(YearEvent e) {
            note("sign", e);
        }

        @Override
        public void recordPayment(YearEvent e) {
            note("pay", e);
        }

        @Override
        public void recordFulfilment(YearEvent e) {
            note("fulfil", e);
        }

        @Override
        public void recordAcceptance(YearEvent e) {
            note("accept", e);
        }

        @Override
        public void amend(YearEvent e) {
            note("amend", e);
        }

        @Override
        public void renew(YearEvent e) {
            note("renew", e);
        }

        @Override
        public void runDueWork(Instant now) {
            assertEquals(clock.instant(), now);
            dueWork.add(now);
        }

        @Override
        public void endOfMonth(YearMonth month) {
            months.add(month);
        }

        @Override
        public void endOfYear(LocalDate lastDay) {
            calls.add(clock.today() + " end " + lastDay);
        }
    }

    private static SimulatedClock clock() {
        return SimulatedClock.at(Instant.parse("2023-12-31T00:00:00Z"), SHANGHAI);
    }

    @Test
    void run_daily_everyDayOfALeapYearWithDueWorkAtNineInTheClocksZone() {
        SimulatedClock clock = clock();
        Recorder hooks = new Recorder(clock);
        YearRun run = SimulatedYear.of(clock, YearScript.fromJson(SCRIPT)).run(hooks);
        assertEquals(366, run.days());
        assertEquals(366, run.dueWorkRuns());
        assertEquals(12, run.monthsClosed());
        // 09:00 in Shanghai is 01:00 UTC.
        assertEquals(Instant.parse("2024-01-01T01:00:00Z"), hooks.dueWork.get(0));
        assertEquals(Instant.parse("2024-12-31T01:00:00Z"), hooks.dueWork.get(365));
        assertEquals(Instant.parse("2024-12-31T01:00:00Z"), clock.instant());
        assertEquals(YearMonth.of(2024, 2), hooks.months.get(1));
    }

    @Test
    void run_eventsOnTheirDaysInScriptOrderWithinADay() {
        SimulatedClock clock = clock();
        Recorder hooks = new Recorder(clock);
        YearRun run = SimulatedYear.of(clock, YearScript.fromJson(SCRIPT)).run(hooks);
        assertEquals(List.of(
                "2024-01-01 start 2024-01-01",
                "2024-01-10 sign SC-1",
                "2024-02-29 pay SC-1 fee#1",
                "2024-02-29 accept SC-1 acceptance#0",
                "2024-06-01 amend SC-1",
                "2024-07-01 fulfil SC-1 report#5",
                "2024-12-31 renew SC-1",
                "2024-12-31 end 2024-12-31"), hooks.calls);
        assertEquals(Map.of(YearEvent.Kind.SIGNATURE, 1, YearEvent.Kind.PAYMENT, 1, YearEvent.Kind.ACCEPTANCE, 1,
                YearEvent.Kind.AMENDMENT, 1, YearEvent.Kind.FULFILMENT, 1, YearEvent.Kind.RENEWAL, 1), run.events());
    }

    @Test
    void run_untilThenResumeAfterOneEventOfADay_eachEventOnceAndStartOfYearOnce() {
        SimulatedClock clock = clock();
        Recorder first = new Recorder(clock);
        YearRun part = SimulatedYear.of(clock, YearScript.fromJson(SCRIPT)).until(LocalDate.of(2024, 2, 28)).run(first);
        assertEquals(59, part.days());
        assertEquals(List.of("2024-01-01 start 2024-01-01", "2024-01-10 sign SC-1"), first.calls);
        // As if the run that followed stopped after the leap day's first event: the second one is left.
        Recorder rest = new Recorder(clock);
        YearRun run = SimulatedYear.of(clock, YearScript.fromJson(SCRIPT)).resumeAt(LocalDate.of(2024, 2, 29), 1).run(rest);
        assertEquals(366 - 59, run.days());
        assertEquals(List.of("2024-02-29 accept SC-1 acceptance#0", "2024-06-01 amend SC-1", "2024-07-01 fulfil SC-1 report#5",
                "2024-12-31 renew SC-1", "2024-12-31 end 2024-12-31"), rest.calls);
        assertEquals(Instant.parse("2024-02-29T01:00:00Z"), rest.dueWork.get(0));
    }

    @Test
    void run_resumedAfterTheLastDay_doesNothing() {
        SimulatedClock clock = clock();
        Recorder hooks = new Recorder(clock);
        YearRun run = SimulatedYear.of(clock, YearScript.fromJson(SCRIPT)).resumeAt(LocalDate.of(2025, 1, 1), 0).run(hooks);
        assertEquals(0, run.days());
        assertEquals(List.of(), hooks.calls);
    }

    @Test
    void run_monthly_dueWorkOnlyOnMonthEndsIncludingTheLeapDay() {
        SimulatedClock clock = clock();
        Recorder hooks = new Recorder(clock);
        YearRun run = SimulatedYear.of(clock, YearScript.fromJson(SCRIPT)).cadence(SimulatedYear.Cadence.MONTHLY)
                .dueWorkAt(LocalTime.of(18, 30)).run(hooks);
        assertEquals(12, run.dueWorkRuns());
        assertEquals(Instant.parse("2024-01-31T10:30:00Z"), hooks.dueWork.get(0));
        assertEquals(Instant.parse("2024-02-29T10:30:00Z"), hooks.dueWork.get(1));
        assertEquals(Instant.parse("2024-04-30T10:30:00Z"), hooks.dueWork.get(3));
        assertEquals("2024-02-29 accept SC-1 acceptance#0", hooks.calls.get(3), "events still run on their own days");
        assertEquals(8, hooks.calls.size());
    }

    @Test
    void run_clockAlreadyPastTheYear_isRefused() {
        SimulatedClock late = SimulatedClock.at(Instant.parse("2025-01-01T00:00:00Z"), SHANGHAI);
        assertThrows(IllegalArgumentException.class,
                () -> SimulatedYear.of(late, YearScript.fromJson(SCRIPT)).run(new Recorder(late)));
    }

    @Test
    void clock_onlyMovesForwardAndZoneCopiesShareTheInstant() {
        SimulatedClock clock = SimulatedClock.at(Instant.parse("2026-01-01T00:00:00Z"), SHANGHAI);
        java.time.Clock utc = clock.withZone(ZoneId.of("UTC"));
        clock.advance(java.time.Duration.ofHours(20));
        assertEquals(Instant.parse("2026-01-01T20:00:00Z"), utc.instant());
        assertEquals(LocalDate.parse("2026-01-02"), clock.today());
        assertThrows(IllegalArgumentException.class, () -> clock.moveTo(Instant.parse("2026-01-01T19:59:59Z")));
        assertThrows(IllegalArgumentException.class, () -> clock.advance(java.time.Duration.ofSeconds(-1)));
    }

    @Test
    void fromJson_badEvents_everyProblemWithItsPointer() {
        String json = """
                {"year": 2026, "events": [
                  {"on": "2026-03-01", "kind": "PAYMENT", "contract": "SC-1", "note": "no obligation"},
                  {"on": "2026-03-02", "kind": "REFUND", "contract": "SC-1", "note": "x"},
                  {"on": "2026-03-03", "kind": "RENEWAL", "contract": "SC-1", "obligation": "fee#0", "note": "x"},
                  {"on": "2026-03-04", "kind": "PAYMENT", "contract": "SC-1", "obligation": "fee#0", "note": "x",
                   "amount": {"amount": "-5.00", "currency": "CNY"}, "colour": "red"}
                ]}""";
        ValidationException e = assertThrows(ValidationException.class, () -> YearScript.fromJson(json));
        List<String> problems = e.violations().stream().map(Violation::path).toList();
        assertEquals(List.of("/events/0/obligation", "/events/1/kind", "/events/2/obligation", "/events/3/amount",
                "/events/3/colour"), problems, e::getMessage);
    }

    @Test
    void script_eventOutsideTheYear_isRefusedAtItsPath() {
        PactumException e = assertThrows(PactumException.class, () -> YearScript.fromJson("""
                {"year": 2026, "events": [{"on": "2027-01-01", "kind": "RENEWAL", "contract": "SC-1", "note": "x"}]}"""));
        assertTrue(e.getMessage().contains("outside the year 2026"), e.getMessage());
        assertEquals(CoreError.OUT_OF_RANGE, ((ValidationException) e).violations().get(0).code());
    }

    @Test
    void script_eventOutsideTheYearAfterABadEvent_isRefusedAtItsOwnPointer() {
        ValidationException e = assertThrows(ValidationException.class, () -> YearScript.fromJson("""
                {"year": 2026, "events": [
                  {"on": "2026-03-01", "kind": "RENEWAL", "note": "no contract"},
                  {"on": "2027-01-01", "kind": "RENEWAL", "contract": "SC-1", "note": "next year"}]}"""));
        assertEquals(List.of("/events/0/contract " + CoreError.REQUIRED.code(), "/events/1/on " + CoreError.OUT_OF_RANGE.code()),
                e.violations().stream().map(v -> v.path() + " " + v.code().code()).toList(), e::getMessage);
    }
}
