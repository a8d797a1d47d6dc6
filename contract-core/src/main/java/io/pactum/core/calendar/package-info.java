/**
 * Business calendars: weekends, public holidays and make-up working days (the Chinese 调休 days)
 * loaded from data, a built-in mainland China calendar, a weekends-only default, combination of
 * calendars, business-day conventions and business-day arithmetic.
 *
 * <p>Entry points: {@link io.pactum.core.calendar.BusinessCalendar#weekendsOnly()},
 * {@link io.pactum.core.calendar.BusinessCalendar#chinaMainland()} and
 * {@link io.pactum.core.calendar.BusinessCalendars}.
 */
@NullMarked
package io.pactum.core.calendar;

import org.jspecify.annotations.NullMarked;
