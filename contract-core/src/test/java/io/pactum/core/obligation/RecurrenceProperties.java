package io.pactum.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of recurrences that hold for every anchor, frequency, interval and end. */
class RecurrenceProperties {

    @Provide
    Arbitrary<LocalDate> anchors() {
        return Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2200, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void occurrences_byCount_strictlyIncreasingWithExactCount(@ForAll("anchors") LocalDate anchor,
            @ForAll Frequency frequency, @ForAll @IntRange(min = 1, max = 12) int interval,
            @ForAll @IntRange(min = 1, max = 300) int count, @ForAll boolean lastDay) {
        Recurrence r = Recurrence.times(frequency, interval, count);
        if (lastDay && frequency.months() > 0) {
            r = r.onLastDayOfMonth();
        }
        List<LocalDate> dates = r.occurrences(anchor);
        assertEquals(count, dates.size());
        for (int i = 1; i < dates.size(); i++) {
            assertTrue(dates.get(i - 1).isBefore(dates.get(i)), "not increasing at " + i + ": " + dates);
        }
    }

    @Property
    void occurrences_monthBased_landInTheExpectedMonthOnClampedDay(@ForAll("anchors") LocalDate anchor,
            @ForAll @IntRange(min = 1, max = 6) int interval, @ForAll @IntRange(min = 0, max = 2000) int n) {
        LocalDate d = Recurrence.times(Frequency.QUARTERLY, interval, 1).occurrence(anchor, n);
        YearMonth expectedMonth = YearMonth.from(anchor).plusMonths(3L * interval * n);
        assertEquals(expectedMonth, YearMonth.from(d));
        assertEquals(Math.min(anchor.getDayOfMonth(), expectedMonth.lengthOfMonth()), d.getDayOfMonth());
    }

    @Property
    void occurrences_byUntil_allOnOrBeforeUntilAndNextIsAfter(@ForAll("anchors") LocalDate anchor,
            @ForAll Frequency frequency, @ForAll @IntRange(min = 1, max = 4) int interval,
            @ForAll @IntRange(min = 0, max = 3000) int days) {
        LocalDate until = anchor.plusDays(days);
        Recurrence r = Recurrence.until(frequency, interval, until);
        List<LocalDate> dates = r.occurrences(anchor);
        assertFalse(dates.isEmpty());
        assertTrue(dates.stream().noneMatch(x -> x.isAfter(until)));
        assertTrue(r.occurrence(anchor, dates.size()).isAfter(until));
    }
}
