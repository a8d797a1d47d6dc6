package io.pactum.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.json.JsonValueReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The RFC 5545 recurrence vectors of python-dateutil that our model expresses: FREQ, INTERVAL,
 * COUNT and UNTIL without BY-rules, with a DTSTART before the 29th so that RFC skipping and our
 * clamping agree. UNTIL carries a time of day in RFC; our recurrences are by date, so an UNTIL
 * earlier in the day than DTSTART's time (a date-only UNTIL is midnight) excludes that date.
 */
class RfcRecurrenceVectorsTest {

    record Vector(String name, LocalDateTime start, String rule, List<LocalDateTime> expected) {
    }

    @TestFactory
    Stream<DynamicTest> occurrences_rfc5545Vectors_match() throws IOException {
        return vectors().stream().map(v -> DynamicTest.dynamicTest(v.name() + " " + v.rule(), () -> {
            Recurrence r = toRecurrence(v);
            List<LocalDate> expected = v.expected().stream().map(LocalDateTime::toLocalDate).toList();
            assertEquals(expected, r.occurrences(v.start().toLocalDate()));
        }));
    }

    private static Recurrence toRecurrence(Vector v) {
        Map<String, String> parts = new HashMap<>();
        for (String p : v.rule().split(";")) {
            String[] kv = p.split("=", 2);
            parts.put(kv[0], kv[1]);
        }
        Frequency f = Frequency.valueOf(parts.get("FREQ"));
        int interval = Integer.parseInt(parts.getOrDefault("INTERVAL", "1"));
        if (parts.containsKey("COUNT")) {
            return Recurrence.times(f, interval, Integer.parseInt(parts.get("COUNT")));
        }
        String until = parts.get("UNTIL");
        LocalDate untilDate = LocalDate.parse(until.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
        // A date-only UNTIL means midnight (as dateutil reads it).
        LocalDateTime untilTime = until.length() > 8
                ? LocalDateTime.parse(until, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
                : untilDate.atStartOfDay();
        if (untilTime.toLocalTime().isBefore(v.start().toLocalTime())) {
            untilDate = untilDate.minusDays(1);
        }
        return Recurrence.until(f, interval, untilDate);
    }

    private static List<Vector> vectors() throws IOException {
        try (InputStream in = RfcRecurrenceVectorsTest.class.getResourceAsStream("rrule-vectors.json")) {
            return JsonInput.standard().read("rrule vectors", in, root -> {
                root.ignore("meta");
                List<Vector> result = new ArrayList<>();
                for (JsonObjectReader o : root.objects("vectors")) {
                    List<LocalDateTime> expected = new ArrayList<>();
                    for (JsonValueReader e : o.values("expected")) {
                        expected.add(dateTime(e.asString()));
                    }
                    result.add(new Vector(o.string("source_test"), dateTime(o.string("dtstart")), o.string("rrule"),
                            expected));
                }
                return result;
            });
        }
    }

    private static LocalDateTime dateTime(String s) {
        return s.length() == 10 ? LocalDate.parse(s).atStartOfDay() : LocalDateTime.parse(s);
    }
}
