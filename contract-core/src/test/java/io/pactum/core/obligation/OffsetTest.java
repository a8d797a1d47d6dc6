package io.pactum.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.calendar.BusinessCalendar;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Offsets at month ends. */
class OffsetTest {

    @ParameterizedTest(name = "{1} months from the end of the month of {0} is {2}")
    @CsvSource({
        // Before the fix the February rows gave 2026-03-28 and 2026-01-28: plusMonths keeps the
        // day number of the base, and February's last day is 28.
        "2026-02-10, 1, 2026-03-31",
        "2026-02-10, -1, 2026-01-31",
        "2024-02-29, 12, 2025-02-28", // end of a leap February, a year later: end of February again
        "2026-01-15, 1, 2026-02-28", // end of January plus one month was already right
        "2026-04-30, 2, 2026-06-30",
        "2026-11-05, 3, 2027-02-28",
    })
    void applyTo_monthsFromEndOfMonth_landOnTheLastDayOfTheMonth(LocalDate event, int months, LocalDate expected) {
        Offset offset = Offset.of(months, Offset.Unit.MONTHS).fromEndOfMonth();

        assertEquals(expected, offset.applyTo(event, BusinessCalendar.weekendsOnly()));
    }

    @ParameterizedTest(name = "{1} days from the end of the month of {0} is {2}")
    @CsvSource({
        // 30 days after Feb 28 is Mar 30; after Jan 31 it is Mar 2 (Feb has 28 days in 2026)
        "2026-02-10, 30, 2026-03-30",
        "2026-01-01, 30, 2026-03-02",
        // leap year: 30 days after Feb 29 2024 is Mar 30
        "2024-02-01, 30, 2024-03-30",
    })
    void applyTo_calendarDaysFromEndOfMonth_countFromTheLastDay(LocalDate event, int days, LocalDate expected) {
        assertEquals(expected, Offset.of(days, Offset.Unit.CALENDAR_DAYS).fromEndOfMonth()
                .applyTo(event, BusinessCalendar.weekendsOnly()));
    }
}
