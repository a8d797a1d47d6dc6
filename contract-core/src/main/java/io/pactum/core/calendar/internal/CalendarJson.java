package io.pactum.core.calendar.internal;

import io.pactum.core.calendar.HolidayCalendar;
import io.pactum.core.error.CoreError;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.json.JsonValueReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** JSON mapping of business calendars; not API. */
public final class CalendarJson {

    /** One day of a holiday-cn document. */
    public record NoticeDay(LocalDate date, String name, boolean offDay) {
    }

    /** One holiday-cn document. */
    public record NoticeYear(int year, List<NoticeDay> days) {
    }

    private CalendarJson() {
    }

    /** Reads Pactum's calendar format. */
    public static HolidayCalendar readPactum(String json) {
        return JsonInput.standard().read("business calendar", json, root -> {
            String name = root.string("name");
            EnumSet<DayOfWeek> weekend = root.has("weekend") ? weekend(root.values("weekend"))
                    : EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            Map<LocalDate, String> holidays = days(root, "holidays");
            Map<LocalDate, String> workingDays = days(root, "workingDays");
            Long last = root.optInteger("lastYearCovered", 1900, 9999);
            if (name == null) {
                return null;
            }
            return root.build(() -> new HolidayCalendar(name, weekend, holidays, workingDays,
                    last == null ? null : last.intValue()));
        });
    }

    /** Reads one holiday-cn document. */
    public static NoticeYear readHolidayCn(String what, String json) {
        return JsonInput.standard().read(what, json, root -> {
            root.ignore("$schema", "$id", "papers");
            Long year = root.integer("year", 1949, 9999);
            List<NoticeDay> days = new ArrayList<>();
            for (JsonObjectReader d : root.objects("days")) {
                String name = d.string("name");
                LocalDate date = d.date("date");
                boolean present = d.has("isOffDay");
                boolean off = d.bool("isOffDay", true);
                if (!present) {
                    d.error("isOffDay", CoreError.REQUIRED, "\"isOffDay\" is required");
                }
                if (name != null && date != null && present) {
                    days.add(new NoticeDay(date, name, off));
                }
            }
            return year == null ? null : new NoticeYear(year.intValue(), List.copyOf(days));
        });
    }

    private static EnumSet<DayOfWeek> weekend(List<JsonValueReader> values) {
        EnumSet<DayOfWeek> result = EnumSet.noneOf(DayOfWeek.class);
        for (JsonValueReader v : values) {
            String s = v.asString();
            if (s == null) {
                continue;
            }
            DayOfWeek day = dayOfWeek(s);
            if (day == null) {
                v.error(CoreError.NOT_ALLOWED, "\"" + abbreviate(s) + "\" is not a day of the week; expected MONDAY .. SUNDAY");
            } else if (!result.add(day)) {
                v.error(CoreError.DUPLICATE, day + " is listed twice");
            }
        }
        return result;
    }

    private static @Nullable DayOfWeek dayOfWeek(String s) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(s.toUpperCase(Locale.ROOT))) {
                return d;
            }
        }
        return null;
    }

    private static Map<LocalDate, String> days(JsonObjectReader root, String field) {
        Map<LocalDate, String> result = new LinkedHashMap<>();
        for (JsonObjectReader d : root.optObjects(field)) {
            LocalDate date = d.date("date");
            String name = d.string("name", "");
            if (date != null && result.putIfAbsent(date, name) != null) {
                d.error("date", CoreError.DUPLICATE, date + " is listed twice in " + field);
            }
        }
        return result;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
