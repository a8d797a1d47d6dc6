package io.pactum.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.error.PactumException;
import io.pactum.core.obligation.ScheduleError;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Business calendars: weekends, the built-in China calendar with 调休, conventions and arithmetic. */
class BusinessCalendarTest {

    private static final BusinessCalendar WEEKENDS = BusinessCalendar.weekendsOnly();
    private static final HolidayCalendar CN = BusinessCalendar.chinaMainland();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        // 2026-01-31 is a Saturday: following is Monday Feb 2, which leaves January, so
        // modified following goes back to Friday Jan 30.
        "2026-01-31, FOLLOWING,          2026-02-02",
        "2026-01-31, MODIFIED_FOLLOWING, 2026-01-30",
        "2026-01-31, PRECEDING,          2026-01-30",
        "2026-01-31, NONE,               2026-01-31",
        // Sunday Nov 22 -> Monday Nov 23 stays in the month.
        "2026-11-22, MODIFIED_FOLLOWING, 2026-11-23",
        // A business day is returned as it is by every convention.
        "2026-11-25, PRECEDING,          2026-11-25",
    })
    void adjust_weekendsOnly_movesByConvention(String date, BusinessDayConvention convention, String expected) {
        assertEquals(d(expected), WEEKENDS.adjust(d(date), convention));
    }

    @ParameterizedTest(name = "CN {0} {1} -> {2}")
    @CsvSource({
        // 2026 Spring Festival: Feb 15 (Sun) to Feb 23 (Mon) off; Sat Feb 14 and Sat Feb 28 are worked.
        // Mon Feb 16 following: Feb 17..23 off, so Tue Feb 24.
        "2026-02-16, FOLLOWING,          2026-02-24",
        // Preceding lands on the make-up working Saturday Feb 14.
        "2026-02-16, PRECEDING,          2026-02-14",
        // 2026 National Day: Oct 1 (Thu) to Oct 7 (Wed) off -> Thu Oct 8; preceding Wed Sep 30.
        "2026-10-01, FOLLOWING,          2026-10-08",
        "2026-10-01, PRECEDING,          2026-09-30",
        // Sat Oct 10 2026 is a make-up working day: no move at all.
        "2026-10-10, FOLLOWING,          2026-10-10",
        // 2025-01-31 (Fri) is a Spring Festival holiday; following is Wed Feb 5 (Feb 1..4 off),
        // another month, so modified following goes back past Jan 28..30 (off) to Mon Jan 27.
        "2025-01-31, FOLLOWING,          2025-02-05",
        "2025-01-31, MODIFIED_FOLLOWING, 2025-01-27",
        // 2024 National Day: Oct 1..7 off, Sat Oct 12 worked.
        "2024-10-05, FOLLOWING,          2024-10-08",
        "2024-09-29, NONE,               2024-09-29",
    })
    void adjust_chinaMainland_movesAcrossHolidaysOntoMakeUpDays(String date, BusinessDayConvention convention,
            String expected) {
        assertEquals(d(expected), CN.adjust(d(date), convention));
    }

    @Test
    void isBusinessDay_chinaMakeUpWeekends_areWorkingDays() {
        // Sundays and Saturdays listed with isOffDay=false in the State Council notices.
        assertTrue(CN.isBusinessDay(d("2024-02-04")));
        assertTrue(CN.isBusinessDay(d("2025-01-26")));
        assertTrue(CN.isBusinessDay(d("2026-02-14")));
        assertTrue(CN.isBusinessDay(d("2026-09-20")));
        assertFalse(WEEKENDS.isBusinessDay(d("2026-09-20")));
        assertEquals("国庆节", CN.workingDayName(d("2026-09-20")).orElseThrow());
        assertEquals("春节", CN.holidayName(d("2026-02-16")).orElseThrow());
    }

    @Test
    void isBusinessDay_lateDecemberDatesFromNextYearsNotice_areKnown() {
        // The 2019 notice (file 2019.json) makes Sat 2018-12-29 a working day and Mon 2018-12-31 a holiday.
        assertTrue(CN.isBusinessDay(d("2018-12-29")));
        assertFalse(CN.isBusinessDay(d("2018-12-31")));
        assertEquals(d("2019-01-02"), CN.adjust(d("2018-12-31"), BusinessDayConvention.FOLLOWING));
        // The 2023 notice lists Sat 2022-12-31 as a holiday.
        assertEquals("元旦", CN.holidayName(d("2022-12-31")).orElseThrow());
    }

    @Test
    void chinaMainland_coversNoticesThrough2026() {
        assertEquals(2026, CN.lastYearCovered());
        assertEquals("CN", CN.name());
    }

    @Test
    void plusBusinessDays_chinaSpringFestival_countsMakeUpSaturday() {
        // Fri 2026-02-13 + 1 = Sat Feb 14 (worked); + 2 skips Feb 15..23 to Tue Feb 24.
        assertEquals(d("2026-02-14"), CN.plusBusinessDays(d("2026-02-13"), 1));
        assertEquals(d("2026-02-24"), CN.plusBusinessDays(d("2026-02-13"), 2));
        // Backwards from Tue Feb 24: 1 -> Sat Feb 14, 2 -> Fri Feb 13.
        assertEquals(d("2026-02-13"), CN.minusBusinessDays(d("2026-02-24"), 2));
        assertEquals(d("2026-02-24"), CN.plusBusinessDays(d("2026-02-24"), 0));
    }

    @Test
    void plusBusinessDays_weekendsOnly_skipsWeekends() {
        // Fri 2026-11-20 + 1 = Mon Nov 23; + 5 = Fri Nov 27; from Sat Nov 21 + 1 = Mon Nov 23.
        assertEquals(d("2026-11-23"), WEEKENDS.plusBusinessDays(d("2026-11-20"), 1));
        assertEquals(d("2026-11-27"), WEEKENDS.plusBusinessDays(d("2026-11-20"), 5));
        assertEquals(d("2026-11-23"), WEEKENDS.plusBusinessDays(d("2026-11-21"), 1));
        assertEquals(d("2026-11-20"), WEEKENDS.plusBusinessDays(d("2026-11-23"), -1));
    }

    @Test
    void combine_twoCalendars_isBusinessDayOnlyWhereBothAre() {
        HolidayCalendar acme = BusinessCalendar.of("ACME", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                Map.of(d("2026-12-24"), "Christmas Eve"), Map.of());
        BusinessCalendar both = BusinessCalendar.combine(List.of(CN, acme));
        assertFalse(both.isBusinessDay(d("2026-12-24")));
        // Sat Oct 10 2026 is worked in China but a weekend for ACME.
        assertFalse(both.isBusinessDay(d("2026-10-10")));
        assertTrue(CN.isBusinessDay(d("2026-12-24")));
        assertEquals("CN+ACME", both.name());
        assertEquals(d("2026-12-25"), CN.and(acme).adjust(d("2026-12-24"), BusinessDayConvention.FOLLOWING));
    }

    @Test
    void adjust_calendarWithoutBusinessDays_failsWithNoBusinessDay() {
        HolidayCalendar never = BusinessCalendar.of("never", EnumSet.allOf(DayOfWeek.class), Map.of(), Map.of());
        PactumException e = assertThrows(PactumException.class,
                () -> never.adjust(d("2026-01-01"), BusinessDayConvention.FOLLOWING));
        assertEquals(ScheduleError.NO_BUSINESS_DAY, e.errorCode());
    }

    @Test
    void of_sameDateHolidayAndWorkingDay_failsWithConflict() {
        PactumException e = assertThrows(PactumException.class, () -> BusinessCalendar.of("x",
                EnumSet.noneOf(DayOfWeek.class), Map.of(d("2026-01-01"), "a"), Map.of(d("2026-01-01"), "b")));
        assertEquals(ScheduleError.CALENDAR_CONFLICT, e.errorCode());
    }
}
