package io.pactum.core.calendar.internal;

import io.pactum.core.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Calendars combined: a business day only where all say so. Immutable and thread-safe.
 *
 * @param calendars two or more calendars
 */
public record CombinedCalendar(List<BusinessCalendar> calendars) implements BusinessCalendar {

    /** Copies the list. */
    public CombinedCalendar {
        calendars = List.copyOf(calendars);
    }

    @Override
    public String name() {
        return calendars.stream().map(BusinessCalendar::name).collect(Collectors.joining("+"));
    }

    @Override
    public boolean isBusinessDay(LocalDate date) {
        for (BusinessCalendar c : calendars) {
            if (!c.isBusinessDay(date)) {
                return false;
            }
        }
        return true;
    }
}
