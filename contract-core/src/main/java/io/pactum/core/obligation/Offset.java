package io.pactum.core.obligation;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.error.PactumException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * An offset from an event date: an amount of calendar days, business days, weeks or months, with
 * an optional end-of-month step before or after it. "30 days after the end of the invoice month"
 * is {@code Offset.of(30, CALENDAR_DAYS).fromEndOfMonth()}; "the end of the month after
 * acceptance" is {@code Offset.of(1, MONTHS).toEndOfMonth()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount how many units, negative for "before", within ±36,500
 * @param unit the unit
 * @param monthEnd the end-of-month variant
 */
public record Offset(int amount, Unit unit, MonthEnd monthEnd) {

    /** The unit of an offset. */
    public enum Unit {
        /** Calendar days. */
        CALENDAR_DAYS,
        /** Business days of the scheduling calendar, not counting the event day. */
        BUSINESS_DAYS,
        /** Weeks of seven days. */
        WEEKS,
        /** Months, clamped to the month's length (Jan 31 + 1 month = Feb 28 or 29). */
        MONTHS
    }

    /** The end-of-month variants. */
    public enum MonthEnd {
        /** No month-end step. */
        NONE,
        /**
         * Count from the last day of the event's month; whole months from it land on the last day
         * of a month (one month from the end of February is March 31).
         */
        FROM_END_OF_MONTH,
        /** Move the result to the last day of its month. */
        TO_END_OF_MONTH
    }

    /** The zero offset: the event date itself. */
    public static final Offset NONE = new Offset(0, Unit.CALENDAR_DAYS, MonthEnd.NONE);

    /** Checks the amount's range. */
    public Offset {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(monthEnd, "monthEnd");
        if (Math.abs(amount) > 36_500) {
            throw new PactumException(ScheduleError.PLAN_INVALID, "amount",
                    "offset amount must be within ±36500, got " + amount);
        }
    }

    /** An offset without a month-end step. */
    public static Offset of(int amount, Unit unit) {
        return new Offset(amount, unit, MonthEnd.NONE);
    }

    /** This offset counted from the end of the event's month. */
    public Offset fromEndOfMonth() {
        return new Offset(amount, unit, MonthEnd.FROM_END_OF_MONTH);
    }

    /** This offset with its result moved to the end of its month. */
    public Offset toEndOfMonth() {
        return new Offset(amount, unit, MonthEnd.TO_END_OF_MONTH);
    }

    /**
     * Applies the offset to an event date.
     *
     * @param eventDate the date of the event
     * @param calendar the calendar for business days
     */
    public LocalDate applyTo(LocalDate eventDate, BusinessCalendar calendar) {
        LocalDate base = monthEnd == MonthEnd.FROM_END_OF_MONTH ? eventDate.with(TemporalAdjusters.lastDayOfMonth())
                : eventDate;
        LocalDate result;
        if (unit == Unit.CALENDAR_DAYS) {
            result = base.plusDays(amount);
        } else if (unit == Unit.BUSINESS_DAYS) {
            result = calendar.plusBusinessDays(base, amount);
        } else if (unit == Unit.WEEKS) {
            result = base.plusWeeks(amount);
        } else {
            result = base.plusMonths(amount);
            if (monthEnd == MonthEnd.FROM_END_OF_MONTH) {
                // Whole months from a month end land on a month end. Plain plusMonths keeps the
                // day number, so the answer depended on the event's month: from the end of
                // January one month is Feb 28 (an end), from the end of February it was Mar 28.
                result = result.with(TemporalAdjusters.lastDayOfMonth());
            }
        }
        return monthEnd == MonthEnd.TO_END_OF_MONTH ? result.with(TemporalAdjusters.lastDayOfMonth()) : result;
    }
}
