package io.pactum.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Conventions and business-day arithmetic on the China calendar, for any date 2007–2027. */
class BusinessCalendarProperties {

    private static final BusinessCalendar CN = BusinessCalendar.chinaMainland();

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(2007, 1, 1).toEpochDay(), LocalDate.of(2027, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void adjust_anyDate_landsOnNearestBusinessDayInTheConventionsDirection(@ForAll("dates") LocalDate date) {
        LocalDate following = CN.adjust(date, BusinessDayConvention.FOLLOWING);
        LocalDate preceding = CN.adjust(date, BusinessDayConvention.PRECEDING);
        LocalDate modified = CN.adjust(date, BusinessDayConvention.MODIFIED_FOLLOWING);
        assertTrue(CN.isBusinessDay(following) && CN.isBusinessDay(preceding) && CN.isBusinessDay(modified));
        assertFalse(following.isBefore(date));
        assertFalse(preceding.isAfter(date));
        for (LocalDate d = date; d.isBefore(following); d = d.plusDays(1)) {
            assertFalse(CN.isBusinessDay(d), "skipped business day " + d);
        }
        assertEquals(date.getMonth(), modified.getMonth());
        assertEquals(following.getMonth() == date.getMonth() ? following : preceding, modified);
        assertEquals(date, CN.adjust(date, BusinessDayConvention.NONE));
    }

    @Property
    void plusBusinessDays_thenMinus_returnsToTheBusinessDay(@ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = 0, max = 300) int n) {
        LocalDate start = CN.adjust(date, BusinessDayConvention.FOLLOWING);
        LocalDate later = CN.plusBusinessDays(start, n);
        assertTrue(CN.isBusinessDay(later));
        assertEquals(start, CN.minusBusinessDays(later, n));
        long businessDaysBetween = start.datesUntil(later).filter(CN::isBusinessDay).count();
        assertEquals(n, businessDaysBetween);
    }
}
