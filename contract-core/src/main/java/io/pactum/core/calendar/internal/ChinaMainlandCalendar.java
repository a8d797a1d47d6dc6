package io.pactum.core.calendar.internal;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.calendar.BusinessCalendars;
import io.pactum.core.calendar.HolidayCalendar;
import io.pactum.core.error.PactumException;
import io.pactum.core.obligation.ScheduleError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the built-in mainland China calendar once, on first use; not API. */
public final class ChinaMainlandCalendar {

    /** The first notice year shipped. */
    public static final int FIRST_YEAR = 2007;
    /** The last notice year shipped. */
    public static final int LAST_YEAR = 2026;

    private ChinaMainlandCalendar() {
    }

    /** The calendar, loaded on first use (holder idiom: thread-safe without locks). */
    public static HolidayCalendar get() {
        return Holder.CALENDAR;
    }

    private static final class Holder {
        static final HolidayCalendar CALENDAR = load();
    }

    private static HolidayCalendar load() {
        List<String> documents = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            String resource = "holiday-cn-" + year + ".json";
            try (InputStream in = BusinessCalendar.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new PactumException(ScheduleError.CALENDAR_UNAVAILABLE, resource,
                            "built-in calendar data " + resource + " is missing");
                }
                documents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new PactumException(ScheduleError.CALENDAR_UNAVAILABLE, resource,
                        "built-in calendar data " + resource + " cannot be read", e);
            }
        }
        return BusinessCalendars.fromHolidayCn("CN", documents);
    }
}
