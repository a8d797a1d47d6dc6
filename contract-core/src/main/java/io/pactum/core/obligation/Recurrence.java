package io.pactum.core.obligation;

import io.pactum.core.error.PactumException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A recurrence: a frequency, an interval, and an end given as a count or as a last date.
 *
 * <p>Occurrence {@code n} is computed from the anchor, never by adding to the previous occurrence:
 * for the month-based frequencies it lies {@code n × interval × months} months after the anchor's
 * month, on the anchor's day (or {@code dayOfMonth}) clamped to the month's length — or on the
 * month's last day when {@code lastDayOfMonth} is set. So a schedule anchored on January 31
 * runs Jan 31, Feb 28 (29), Mar 31, Apr 30… and never drifts to the 28th. Yearly from February 29
 * gives February 28 in common years and February 29 again in leap years.
 *
 * <p>Immutable and thread-safe.
 *
 * @param frequency how often
 * @param interval every how many periods, 1 to 1000
 * @param count how many occurrences, 1 to {@link #MAX_OCCURRENCES}; {@code null} when {@code until} is given
 * @param until the last date an occurrence may fall on (inclusive); {@code null} when {@code count} is given
 * @param dayOfMonth for month-based frequencies, the day of the month (1–31, clamped);
 *     {@code null} for the anchor's day
 * @param lastDayOfMonth for month-based frequencies, every occurrence on its month's last day
 */
public record Recurrence(Frequency frequency, int interval, @Nullable Integer count, @Nullable LocalDate until,
        @Nullable Integer dayOfMonth, boolean lastDayOfMonth) {

    /** The most occurrences one recurrence may produce. */
    public static final int MAX_OCCURRENCES = 10_000;

    /**
     * Checks that exactly one of count and until is given and the ranges.
     *
     * @throws PactumException {@link ScheduleError#RECURRENCE_INVALID}
     */
    public Recurrence {
        Objects.requireNonNull(frequency, "frequency");
        if (interval < 1 || interval > 1000) {
            throw invalid("interval", "interval must be 1 to 1000, got " + interval);
        }
        if ((count == null) == (until == null)) {
            throw invalid("count", "give exactly one of count and until");
        }
        if (count != null && (count < 1 || count > MAX_OCCURRENCES)) {
            throw invalid("count", "count must be 1 to " + MAX_OCCURRENCES + ", got " + count);
        }
        if (frequency.months() == 0 && (dayOfMonth != null || lastDayOfMonth)) {
            throw invalid("dayOfMonth", "dayOfMonth and lastDayOfMonth apply to monthly, quarterly, semi-annual and yearly only");
        }
        if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > 31)) {
            throw invalid("dayOfMonth", "dayOfMonth must be 1 to 31, got " + dayOfMonth);
        }
        if (dayOfMonth != null && lastDayOfMonth) {
            throw invalid("dayOfMonth", "give dayOfMonth or lastDayOfMonth, not both");
        }
    }

    /** {@code count} occurrences every {@code interval} periods, on the anchor's day (clamped). */
    public static Recurrence times(Frequency frequency, int interval, int count) {
        return new Recurrence(frequency, interval, count, null, null, false);
    }

    /** Occurrences every {@code interval} periods up to and including {@code until}. */
    public static Recurrence until(Frequency frequency, int interval, LocalDate until) {
        return new Recurrence(frequency, interval, null, until, null, false);
    }

    /** This recurrence on the last day of each month. */
    public Recurrence onLastDayOfMonth() {
        return new Recurrence(frequency, interval, count, until, null, true);
    }

    /** This recurrence on a given day of the month, clamped to short months. */
    public Recurrence onDay(int day) {
        return new Recurrence(frequency, interval, count, until, day, false);
    }

    /**
     * Occurrence {@code n} (0-based) from {@code anchor}, ignoring the end.
     *
     * @param anchor the first occurrence's date (for month-based frequencies, its month and day)
     * @param n the occurrence number, 0 or more
     */
    public LocalDate occurrence(LocalDate anchor, long n) {
        Objects.requireNonNull(anchor, "anchor");
        if (n < 0) {
            throw invalid("n", "occurrence number must not be negative, got " + n);
        }
        long steps = n * interval;
        if (frequency == Frequency.DAILY) {
            return anchor.plusDays(steps);
        }
        if (frequency == Frequency.WEEKLY) {
            return anchor.plusWeeks(steps);
        }
        YearMonth month = YearMonth.from(anchor).plusMonths(steps * frequency.months());
        if (lastDayOfMonth) {
            return month.atEndOfMonth();
        }
        int day = dayOfMonth == null ? anchor.getDayOfMonth() : dayOfMonth;
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    /**
     * Every occurrence from {@code anchor}, in order.
     *
     * @throws PactumException {@link ScheduleError#RECURRENCE_INVALID} if {@code until} allows more
     *     than {@link #MAX_OCCURRENCES}
     */
    public List<LocalDate> occurrences(LocalDate anchor) {
        Objects.requireNonNull(anchor, "anchor");
        List<LocalDate> result = new ArrayList<>();
        if (count != null) {
            for (int n = 0; n < count; n++) {
                result.add(occurrence(anchor, n));
            }
            return result;
        }
        for (long n = 0; ; n++) {
            LocalDate d = occurrence(anchor, n);
            if (d.isAfter(until)) {
                return result;
            }
            if (result.size() == MAX_OCCURRENCES) {
                throw invalid("until", "recurrence until " + until + " gives more than " + MAX_OCCURRENCES + " occurrences");
            }
            result.add(d);
        }
    }

    private static PactumException invalid(String path, String message) {
        return new PactumException(ScheduleError.RECURRENCE_INVALID, path, message);
    }
}
