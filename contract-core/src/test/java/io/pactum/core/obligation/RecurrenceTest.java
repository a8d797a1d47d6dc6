package io.pactum.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.error.PactumException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Recurrences: month ends, leap days, intervals, ends by count and by date. */
class RecurrenceTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Gregorian month length worked out from the calendar rules, not from java.time. */
    private static int monthLength(int year, int month) {
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        int[] lengths = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return lengths[month - 1];
    }

    @ParameterizedTest(name = "anchor day {0}")
    @ValueSource(ints = {28, 29, 30, 31})
    void occurrences_monthlyFromDay28To31_everyMonth2000To2100ClampedNeverSkippedOrRepeated(int day) {
        // 2000-01 .. 2100-12 is 101 years of 12 months = 1212 occurrences.
        Recurrence monthly = Recurrence.times(Frequency.MONTHLY, 1, 1212);
        List<LocalDate> dates = monthly.occurrences(LocalDate.of(2000, 1, day));
        assertEquals(1212, dates.size());
        for (int n = 0; n < 1212; n++) {
            int year = 2000 + n / 12;
            int month = n % 12 + 1;
            LocalDate expected = LocalDate.of(year, month, Math.min(day, monthLength(year, month)));
            assertEquals(expected, dates.get(n), "occurrence " + n);
        }
    }

    @ParameterizedTest(name = "anchor day {0}")
    @ValueSource(ints = {28, 29, 30, 31})
    void occurrences_lastDayOfMonth_everyMonth2000To2100IsMonthEnd(int day) {
        List<LocalDate> dates = Recurrence.times(Frequency.MONTHLY, 1, 1212).onLastDayOfMonth()
                .occurrences(LocalDate.of(2000, 1, day));
        for (int n = 0; n < 1212; n++) {
            int year = 2000 + n / 12;
            int month = n % 12 + 1;
            assertEquals(LocalDate.of(year, month, monthLength(year, month)), dates.get(n), "occurrence " + n);
        }
    }

    @Test
    void occurrences_monthlyFrom31stAfterFebruary_returnsTo31stNotDriftingTo28th() {
        // Repeated plusMonths(1) would give Jan 31, Feb 28, Mar 28...; from the anchor it is Mar 31.
        assertEquals(List.of(d("2026-01-31"), d("2026-02-28"), d("2026-03-31"), d("2026-04-30"), d("2026-05-31")),
                Recurrence.times(Frequency.MONTHLY, 1, 5).occurrences(d("2026-01-31")));
    }

    @Test
    void occurrences_yearlyFromLeapDay_clampsToFeb28AndReturnsToFeb29() {
        assertEquals(List.of(d("2024-02-29"), d("2025-02-28"), d("2026-02-28"), d("2027-02-28"), d("2028-02-29")),
                Recurrence.times(Frequency.YEARLY, 1, 5).occurrences(d("2024-02-29")));
        // 2100 is not a leap year (divisible by 100, not by 400); 2000 was.
        assertEquals(d("2100-02-28"), Recurrence.times(Frequency.YEARLY, 1, 1).occurrence(d("2000-02-29"), 100));
        assertEquals(d("2400-02-29"), Recurrence.times(Frequency.YEARLY, 1, 1).occurrence(d("2000-02-29"), 400));
    }

    @Test
    void occurrences_quarterlyAndSemiAnnualFromMonthEnd_clampEachFromAnchor() {
        assertEquals(List.of(d("2026-01-31"), d("2026-04-30"), d("2026-07-31"), d("2026-10-31"), d("2027-01-31")),
                Recurrence.times(Frequency.QUARTERLY, 1, 5).occurrences(d("2026-01-31")));
        // Semi-annual from Aug 31: Feb 28 2027, Aug 31 2027, Feb 29 2028.
        assertEquals(List.of(d("2026-08-31"), d("2027-02-28"), d("2027-08-31"), d("2028-02-29")),
                Recurrence.times(Frequency.SEMI_ANNUAL, 1, 4).occurrences(d("2026-08-31")));
    }

    @Test
    void occurrences_intervalAndUntil_stopOnOrBeforeUntil() {
        // Every 2 months from Jan 30 until Jul 30 inclusive: Jan 30, Mar 30, May 30, Jul 30.
        assertEquals(List.of(d("2026-01-30"), d("2026-03-30"), d("2026-05-30"), d("2026-07-30")),
                Recurrence.until(Frequency.MONTHLY, 2, d("2026-07-30")).occurrences(d("2026-01-30")));
        // Weekly every 2 weeks from Mon Nov 2 until Nov 29: Nov 2, 16 (Nov 30 is past).
        assertEquals(List.of(d("2026-11-02"), d("2026-11-16")),
                Recurrence.until(Frequency.WEEKLY, 2, d("2026-11-29")).occurrences(d("2026-11-02")));
        assertEquals(List.of(d("2026-12-30"), d("2027-01-02")),
                Recurrence.times(Frequency.DAILY, 3, 2).occurrences(d("2026-12-30")));
    }

    @Test
    void occurrences_givenDayOfMonth_clampsInShortMonths() {
        // Day 31 anchored in April: Apr 30, May 31, Jun 30.
        assertEquals(List.of(d("2026-04-30"), d("2026-05-31"), d("2026-06-30")),
                Recurrence.times(Frequency.MONTHLY, 1, 3).onDay(31).occurrences(d("2026-04-10")));
    }

    @Test
    void constructor_badCombinations_failWithRecurrenceInvalid() {
        assertInvalid(() -> new Recurrence(Frequency.MONTHLY, 1, 3, d("2026-01-01"), null, false));
        assertInvalid(() -> new Recurrence(Frequency.MONTHLY, 1, null, null, null, false));
        assertInvalid(() -> new Recurrence(Frequency.WEEKLY, 1, 3, null, 5, false));
        assertInvalid(() -> new Recurrence(Frequency.MONTHLY, 0, 3, null, null, false));
        assertInvalid(() -> new Recurrence(Frequency.MONTHLY, 1, 3, null, 32, false));
        assertInvalid(() -> new Recurrence(Frequency.MONTHLY, 1, 0, null, null, false));
        assertInvalid(() -> Recurrence.until(Frequency.DAILY, 1, d("2100-01-01")).occurrences(d("2000-01-01")));
    }

    private static void assertInvalid(org.junit.jupiter.api.function.Executable e) {
        assertEquals(ScheduleError.RECURRENCE_INVALID, assertThrows(PactumException.class, e).errorCode());
    }
}
