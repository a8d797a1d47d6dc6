package io.pactum.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import io.pactum.core.obligation.ScheduleError;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Loading calendars from JSON, good and malformed. */
class BusinessCalendarJsonTest {

    private static Set<String> problems(ValidationException e) {
        return e.violations().stream().map(v -> v.path() + " " + v.code().code()).collect(Collectors.toSet());
    }

    @Test
    void fromJson_pactumFormat_readsWeekendHolidaysAndWorkingDays() {
        HolidayCalendar c = BusinessCalendars.fromJson("""
                {"name": "GULF", "weekend": ["FRIDAY", "SATURDAY"],
                 "holidays": [{"date": "2026-03-20", "name": "Eid"}],
                 "workingDays": [{"date": "2026-03-21", "name": "make-up"}], "lastYearCovered": 2026}
                """);
        assertEquals(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), c.weekend());
        assertTrue(c.isBusinessDay(LocalDate.parse("2026-11-22"))); // a Sunday, worked here
        assertFalse(c.isBusinessDay(LocalDate.parse("2026-03-20")));
        assertTrue(c.isBusinessDay(LocalDate.parse("2026-03-21"))); // Saturday, make-up day
        assertEquals(2026, c.lastYearCovered());
    }

    @Test
    void fromJson_malformed_reportsEveryProblemWithItsPointer() {
        ValidationException e = assertThrows(ValidationException.class, () -> BusinessCalendars.fromJson("""
                {"weekend": ["SATURDAY", "FUNDAY", "SATURDAY", 7],
                 "holidays": [{"date": "2026-02-30"}, {"date": "2026-05-01"}, {"date": "2026-05-01"}],
                 "workingDays": [{"dat": "2026-01-04"}],
                 "colour": "red"}
                """));
        assertEquals(Set.of(
                "/name " + CoreError.REQUIRED.code(),
                "/weekend/1 " + CoreError.NOT_ALLOWED.code(),
                "/weekend/2 " + CoreError.DUPLICATE.code(),
                "/weekend/3 " + CoreError.JSON_WRONG_TYPE.code(),
                "/holidays/0/date " + CoreError.JSON_BAD_VALUE.code(),
                "/holidays/2/date " + CoreError.DUPLICATE.code(),
                "/workingDays/0/date " + CoreError.REQUIRED.code(),
                "/workingDays/0/dat " + CoreError.JSON_UNKNOWN_PROPERTY.code(),
                "/colour " + CoreError.JSON_UNKNOWN_PROPERTY.code()), problems(e));
    }

    @Test
    void fromJson_dateBothHolidayAndWorkingDay_isConflictAtRoot() {
        ValidationException e = assertThrows(ValidationException.class, () -> BusinessCalendars.fromJson("""
                {"name": "X", "holidays": [{"date": "2026-01-01"}], "workingDays": [{"date": "2026-01-01"}]}
                """));
        Violation v = e.violations().get(0);
        assertEquals(ScheduleError.CALENDAR_CONFLICT, v.code());
        assertEquals("/workingDays", v.path());
    }

    @Test
    void fromHolidayCn_malformedDocument_reportsPointers() {
        ValidationException e = assertThrows(ValidationException.class, () -> BusinessCalendars.fromHolidayCn("CN",
                List.of("""
                        {"year": 2026, "papers": [], "days": [{"name": "元旦", "date": "2026-01-01"},
                          {"name": "x", "date": "2026-01-04", "isOffDay": "no"}]}
                        """)));
        assertEquals(Set.of("/days/0/isOffDay " + CoreError.REQUIRED.code(),
                "/days/1/isOffDay " + CoreError.JSON_WRONG_TYPE.code()), problems(e));
    }

    @Test
    void fromHolidayCn_documentsDisagree_failsWithConflict() {
        String a = """
                {"year": 2026, "days": [{"name": "a", "date": "2025-12-31", "isOffDay": true}]}""";
        String b = """
                {"year": 2025, "days": [{"name": "b", "date": "2025-12-31", "isOffDay": false}]}""";
        PactumException e = assertThrows(PactumException.class, () -> BusinessCalendars.fromHolidayCn("CN", List.of(a, b)));
        assertEquals(ScheduleError.CALENDAR_CONFLICT, e.errorCode());
    }

    @Test
    void fromHolidayCn_dateInNextYearsDocument_isMerged() {
        String notice2019 = """
                {"year": 2019, "days": [{"name": "元旦", "date": "2018-12-29", "isOffDay": false},
                  {"name": "元旦", "date": "2018-12-31", "isOffDay": true}]}""";
        HolidayCalendar c = BusinessCalendars.fromHolidayCn("CN", List.of(notice2019));
        assertTrue(c.isBusinessDay(LocalDate.parse("2018-12-29")));
        assertFalse(c.isBusinessDay(LocalDate.parse("2018-12-31")));
        assertEquals(2019, c.lastYearCovered());
    }
}
