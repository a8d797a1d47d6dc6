package io.pactum.core.calendar;

import io.pactum.core.error.PactumException;
import io.pactum.core.obligation.ScheduleError;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A business calendar from data: the days of the week that are off, holidays (dates off, even on
 * a weekday) and make-up working days (dates worked, even on a weekend — the Chinese 调休 days).
 * A make-up working day wins over the weekend; a date cannot be both a holiday and a working day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name a short name, such as {@code CN}
 * @param weekend the days of the week that are off
 * @param holidays dates off, with their names, sorted
 * @param workingDays make-up working days, with their names, sorted
 * @param lastYearCovered the last year the data is known to cover, {@code null} when it is not stated;
 *     later dates fall back to the weekend rule
 */
public record HolidayCalendar(String name, Set<DayOfWeek> weekend, Map<LocalDate, String> holidays,
        Map<LocalDate, String> workingDays, @Nullable Integer lastYearCovered) implements BusinessCalendar {

    static final HolidayCalendar WEEKENDS_ONLY = new HolidayCalendar("weekends",
            EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Map.of(), Map.of(), null);

    /**
     * Checks the name and that no date is both off and worked; copies the collections.
     *
     * @throws PactumException {@link ScheduleError#CALENDAR_CONFLICT} for a date listed both ways
     */
    public HolidayCalendar {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weekend, "weekend");
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(workingDays, "workingDays");
        if (name.isBlank()) {
            throw new PactumException(ScheduleError.CALENDAR_CONFLICT, "name", "calendar name is blank");
        }
        weekend = Collections.unmodifiableSet(weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend));
        holidays = Collections.unmodifiableMap(new TreeMap<>(holidays));
        workingDays = Collections.unmodifiableMap(new TreeMap<>(workingDays));
        for (LocalDate d : workingDays.keySet()) {
            if (holidays.containsKey(d)) {
                throw new PactumException(ScheduleError.CALENDAR_CONFLICT, "workingDays",
                        "calendar " + name + " lists " + d + " both as a holiday and as a working day");
            }
        }
    }

    @Override
    public boolean isBusinessDay(LocalDate date) {
        if (workingDays.containsKey(date)) {
            return true;
        }
        return !holidays.containsKey(date) && !weekend.contains(date.getDayOfWeek());
    }

    /** The name of the holiday on {@code date}, if it is one. */
    public Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /** The name of the make-up working day on {@code date}, if it is one. */
    public Optional<String> workingDayName(LocalDate date) {
        return Optional.ofNullable(workingDays.get(date));
    }
}
