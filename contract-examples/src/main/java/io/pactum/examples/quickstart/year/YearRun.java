package io.pactum.examples.quickstart.year;

import java.time.Year;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a simulated year did.
 *
 * @param year the year
 * @param days the days simulated
 * @param dueWorkRuns how often due work ran
 * @param monthsClosed how many month ends passed
 * @param events the events dispatched, per kind
 */
public record YearRun(Year year, int days, int dueWorkRuns, int monthsClosed, Map<YearEvent.Kind, Integer> events) {

    /** Copies the counts. */
    public YearRun {
        events = events.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(events));
    }
}
