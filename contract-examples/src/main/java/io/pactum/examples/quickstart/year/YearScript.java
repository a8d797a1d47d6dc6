package io.pactum.examples.quickstart.year;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The business events of one simulated year, as data:
 *
 * <pre>{@code
 * {"year": 2026, "events": [
 *   {"on": "2026-01-22", "kind": "PAYMENT", "contract": "SC-2026-000101", "obligation": "down-payment#0",
 *    "amount": {"amount": "360000.00", "currency": "CNY"}, "note": "预付款到账"}]}
 * }</pre>
 *
 * Events keep their order within a day. Immutable.
 *
 * @param year the year
 * @param events the events, ordered by date (stable within a day)
 */
public record YearScript(Year year, List<YearEvent> events) {

    /**
     * Sorts the events by date and checks that each lies in the year.
     *
     * @throws PactumException {@link CoreError#OUT_OF_RANGE} at {@code events[i].on}
     */
    public YearScript {
        Objects.requireNonNull(year, "year");
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).on().getYear() != year.getValue()) {
                throw new PactumException(CoreError.OUT_OF_RANGE, "events[" + i + "].on",
                        "event on " + events.get(i).on() + " is outside the year " + year);
            }
        }
        List<YearEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(YearEvent::on));
        events = List.copyOf(sorted);
    }

    /** The events of each day that has any, by date. */
    public Map<LocalDate, List<YearEvent>> byDay() {
        Map<LocalDate, List<YearEvent>> days = new TreeMap<>();
        events.forEach(e -> days.computeIfAbsent(e.on(), d -> new ArrayList<>()).add(e));
        return days;
    }

    /**
     * Reads a script with the core JSON kit: every problem at once, each at its JSON pointer.
     *
     * @throws io.pactum.core.error.ValidationException for malformed or invalid input
     */
    public static YearScript fromJson(String json) {
        return JsonInput.standard().read("year script", json, root -> {
            Long year = root.integer("year", Year.MIN_VALUE, Year.MAX_VALUE);
            List<YearEvent> events = new ArrayList<>();
            for (JsonObjectReader e : root.objects("events")) {
                LocalDate on = e.date("on");
                YearEvent.Kind kind = e.enumValue("kind", YearEvent.Kind.class);
                String contract = e.string("contract");
                String obligation = e.optString("obligation");
                Money amount = e.optMoney("amount");
                String note = e.string("note", "");
                if (year != null && on != null && on.getYear() != year) {
                    // Checked here as well as in the record: its index counts only the events that
                    // were read, so after a bad event it would point at the wrong one.
                    e.error("on", CoreError.OUT_OF_RANGE, "event on " + on + " is outside the year " + year);
                    continue;
                }
                YearEvent event = e.build(() -> new YearEvent(Objects.requireNonNull(on), Objects.requireNonNull(kind),
                        Objects.requireNonNull(contract), obligation, amount, note));
                if (event != null) {
                    events.add(event);
                }
            }
            return root.build(() -> new YearScript(Year.of(Objects.requireNonNull(year).intValue()), events));
        });
    }
}
