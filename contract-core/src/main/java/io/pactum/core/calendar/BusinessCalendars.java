package io.pactum.core.calendar;

import io.pactum.core.calendar.internal.CalendarJson;
import io.pactum.core.error.PactumException;
import io.pactum.core.error.ValidationException;
import io.pactum.core.obligation.ScheduleError;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads business calendars from JSON.
 *
 * <p>Pactum's own format:
 * <pre>{@code
 * {"name": "ACME",
 *  "weekend": ["SATURDAY", "SUNDAY"],
 *  "holidays": [{"date": "2026-12-24", "name": "Christmas Eve"}],
 *  "workingDays": [{"date": "2026-12-27", "name": "stock-taking Sunday"}],
 *  "lastYearCovered": 2026}
 * }</pre>
 * {@code weekend} defaults to Saturday and Sunday; the lists default to empty.
 *
 * <p>The holiday-cn format (NateScarlet/holiday-cn, one document per State Council notice year:
 * {@code {"year": 2026, "papers": [...], "days": [{"name", "date", "isOffDay"}]}}) is read by
 * {@link #fromHolidayCn(String, List)}; a late-December date may sit in the next year's document,
 * so documents are merged by date, not by file.
 *
 * <p>Stateless and thread-safe.
 */
public final class BusinessCalendars {

    private BusinessCalendars() {
    }

    /**
     * Reads a calendar in Pactum's format.
     *
     * @throws ValidationException with every problem and its JSON pointer
     */
    public static HolidayCalendar fromJson(String json) {
        Objects.requireNonNull(json, "json");
        return CalendarJson.readPactum(json);
    }

    /**
     * Reads holiday-cn documents into one calendar with a Saturday–Sunday weekend.
     *
     * @param name the calendar's name
     * @param documents one JSON document per notice year, in any order
     * @throws ValidationException with the problems of the first malformed document, pointers
     *     prefixed by nothing (the message names the document's position)
     * @throws PactumException {@link ScheduleError#CALENDAR_CONFLICT} when two documents disagree
     *     about a date
     */
    public static HolidayCalendar fromHolidayCn(String name, List<String> documents) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(documents, "documents");
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        Map<LocalDate, String> workingDays = new LinkedHashMap<>();
        Integer lastYear = null;
        for (int i = 0; i < documents.size(); i++) {
            CalendarJson.NoticeYear notice = CalendarJson.readHolidayCn("holiday-cn document " + i, documents.get(i));
            lastYear = lastYear == null ? notice.year() : Math.max(lastYear, notice.year());
            for (CalendarJson.NoticeDay day : notice.days()) {
                Map<LocalDate, String> same = day.offDay() ? holidays : workingDays;
                Map<LocalDate, String> other = day.offDay() ? workingDays : holidays;
                if (other.containsKey(day.date())) {
                    throw new PactumException(ScheduleError.CALENDAR_CONFLICT, "[" + i + "]",
                            "holiday-cn documents disagree about " + day.date() + ": off in one, worked in another");
                }
                same.putIfAbsent(day.date(), day.name());
            }
        }
        return new HolidayCalendar(name, EnumSet.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY),
                holidays, workingDays, lastYear);
    }
}
