package io.pactum.core.calendar;

import io.pactum.core.calendar.internal.ChinaMainlandCalendar;
import io.pactum.core.calendar.internal.CombinedCalendar;
import io.pactum.core.error.PactumException;
import io.pactum.core.obligation.ScheduleError;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which days are business days, and the arithmetic that follows from it: moving a date onto a
 * business day by a {@link BusinessDayConvention}, and adding or subtracting business days.
 *
 * <p>The built-ins are {@link #weekendsOnly()} (Monday to Friday) and {@link #chinaMainland()}
 * (the State Council's holidays and make-up working days); others load from data through
 * {@link BusinessCalendars}. Calendars combine with {@link #combine(List)}: a day is a business
 * day only where every calendar says so.
 *
 * <p>Implementations must be immutable and thread-safe; the built-ins are.
 */
public interface BusinessCalendar {

    /** How far the arithmetic searches for a business day before giving up: ten years. */
    int SEARCH_LIMIT_DAYS = 3660;

    /** A short name for messages and keys, such as {@code CN} or {@code weekends}. */
    String name();

    /**
     * Whether {@code date} is a business day.
     *
     * @param date the date, never {@code null}
     */
    boolean isBusinessDay(LocalDate date);

    /**
     * Moves {@code date} onto a business day by {@code convention}; a business day is returned as
     * it is.
     *
     * @throws PactumException {@link ScheduleError#NO_BUSINESS_DAY} if none is within
     *     {@link #SEARCH_LIMIT_DAYS}
     */
    default LocalDate adjust(LocalDate date, BusinessDayConvention convention) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(convention, "convention");
        if (convention == BusinessDayConvention.NONE || isBusinessDay(date)) {
            return date;
        }
        if (convention == BusinessDayConvention.PRECEDING) {
            return step(date, -1);
        }
        LocalDate following = step(date, 1);
        if (convention == BusinessDayConvention.MODIFIED_FOLLOWING && following.getMonth() != date.getMonth()) {
            return step(date, -1);
        }
        return following;
    }

    /**
     * The date {@code days} business days after {@code date} (before it when negative). The
     * start date itself is not counted, whether or not it is a business day: one business day
     * after Friday is Monday on a weekends-only calendar; zero days returns {@code date} unchanged.
     *
     * @throws PactumException {@link ScheduleError#NO_BUSINESS_DAY} if a gap between business
     *     days is longer than {@link #SEARCH_LIMIT_DAYS}
     */
    default LocalDate plusBusinessDays(LocalDate date, int days) {
        Objects.requireNonNull(date, "date");
        LocalDate d = date;
        int direction = days < 0 ? -1 : 1;
        for (int remaining = Math.abs(days); remaining > 0; remaining--) {
            d = step(d.plusDays(direction), direction);
        }
        return d;
    }

    /** The date {@code days} business days before {@code date}; see {@link #plusBusinessDays}. */
    default LocalDate minusBusinessDays(LocalDate date, int days) {
        return plusBusinessDays(date, -days);
    }

    /** This calendar combined with {@code other}: a business day only where both say so. */
    default BusinessCalendar and(BusinessCalendar other) {
        return combine(List.of(this, other));
    }

    /**
     * The first business day reached from {@code date} (inclusive) going in {@code direction}.
     *
     * @param direction {@code 1} forward, {@code -1} backward
     */
    private LocalDate step(LocalDate date, int direction) {
        LocalDate d = date;
        for (int i = 0; i <= SEARCH_LIMIT_DAYS; i++) {
            if (isBusinessDay(d)) {
                return d;
            }
            d = d.plusDays(direction);
        }
        throw new PactumException(ScheduleError.NO_BUSINESS_DAY, "calendar",
                "calendar " + name() + " has no business day within " + SEARCH_LIMIT_DAYS + " days of " + date);
    }

    /** Monday to Friday are business days; no holidays. */
    static BusinessCalendar weekendsOnly() {
        return HolidayCalendar.WEEKENDS_ONLY;
    }

    /**
     * Mainland China: Saturday and Sunday off, the State Council's statutory holidays off, and
     * its make-up working days (调休) on, for 2007 to 2026 from the holiday-cn data set (MIT
     * licence, NateScarlet/holiday-cn; see {@code holiday-cn-NOTICE.txt} beside the data).
     * Dates after the last notice fall back to weekends only; check {@link HolidayCalendar#lastYearCovered()}.
     *
     * @throws PactumException {@link ScheduleError#CALENDAR_UNAVAILABLE} if the shipped data cannot be read
     */
    static HolidayCalendar chinaMainland() {
        return ChinaMainlandCalendar.get();
    }

    /**
     * Calendars combined: a day is a business day only where every one of them says so (a
     * holiday in any is a holiday; a make-up working day counts only where no other calendar
     * rests). Used for cross-border contracts that need both markets open.
     *
     * @param calendars at least one calendar
     */
    static BusinessCalendar combine(List<BusinessCalendar> calendars) {
        Objects.requireNonNull(calendars, "calendars");
        if (calendars.isEmpty()) {
            throw new PactumException(ScheduleError.CALENDAR_CONFLICT, "calendars", "combine needs at least one calendar");
        }
        return calendars.size() == 1 ? calendars.get(0) : new CombinedCalendar(List.copyOf(calendars));
    }

    /**
     * A calendar from explicit days.
     *
     * @param name a short name
     * @param weekend the days of the week that are off, may be empty
     * @param holidays dates off with their names
     * @param workingDays make-up working days (dates that would be off and are worked) with their names
     */
    static HolidayCalendar of(String name, EnumSet<DayOfWeek> weekend, Map<LocalDate, String> holidays,
            Map<LocalDate, String> workingDays) {
        return new HolidayCalendar(name, weekend, holidays, workingDays, null);
    }
}
