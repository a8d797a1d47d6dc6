package io.pactum.examples.quickstart.year;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Drives a year of contract life: moves a {@link SimulatedClock} through the days of the
 * script's year and calls the {@link YearHooks} for each scripted event, for due work and at
 * month ends.
 *
 * <pre>{@code
 * SimulatedClock clock = SimulatedClock.at(Instant.parse("2026-01-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
 * YearRun run = SimulatedYear.of(clock, script).dueWorkAt(LocalTime.of(9, 0)).run(hooks);
 * }</pre>
 *
 * <p>Each day the clock moves to the day's due-work time (09:00 by default, when reminders go out)
 * in the clock's zone, the day's events run, then due work. With {@link Cadence#MONTHLY} due work
 * runs only on the last day of each month (a host catching up in bulk); events still run on their
 * days. Not thread-safe; one run at a time.
 */
public final class SimulatedYear {

    /** How often due work runs. */
    public enum Cadence {
        /** Every day: reminders and alerts on the day they fall due. */
        DAILY,
        /** On the last day of each month only. */
        MONTHLY
    }

    private final SimulatedClock clock;
    private final YearScript script;
    private LocalTime dueWorkAt = LocalTime.of(9, 0);
    private Cadence cadence = Cadence.DAILY;
    private @Nullable LocalDate resumeDay;
    private int resumeEventsDone;
    private @Nullable LocalDate until;

    private SimulatedYear(SimulatedClock clock, YearScript script) {
        this.clock = clock;
        this.script = script;
    }

    /** A year over the script's year; the clock must not stand after its first day's due-work time. */
    public static SimulatedYear of(SimulatedClock clock, YearScript script) {
        return new SimulatedYear(Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(script, "script"));
    }

    /** The local time at which each day's events and due work happen (default 09:00). */
    public SimulatedYear dueWorkAt(LocalTime time) {
        this.dueWorkAt = Objects.requireNonNull(time, "time");
        return this;
    }

    /** How often due work runs (default {@link Cadence#DAILY}). */
    public SimulatedYear cadence(Cadence value) {
        this.cadence = Objects.requireNonNull(value, "cadence");
        return this;
    }

    /**
     * Continues an interrupted year: starts at {@code day}, skipping the first {@code eventsDone}
     * events of that day (done by the earlier run). {@link YearHooks#startOfYear} is called only
     * when that is the very beginning of the year.
     */
    public SimulatedYear resumeAt(LocalDate day, int eventsDone) {
        if (eventsDone < 0) {
            throw new IllegalArgumentException("eventsDone must not be negative, got " + eventsDone);
        }
        this.resumeDay = Objects.requireNonNull(day, "day");
        this.resumeEventsDone = eventsDone;
        return this;
    }

    /** Stops after this day (its due work included); a later run continues with {@link #resumeAt}. */
    public SimulatedYear until(LocalDate lastDay) {
        this.until = Objects.requireNonNull(lastDay, "lastDay");
        return this;
    }

    /**
     * Runs the year, or what is left of it.
     *
     * @return what happened in this run: days, due-work runs, events by kind
     * @throws IllegalArgumentException if the clock already stands after the first day's due-work time
     */
    public YearRun run(YearHooks hooks) {
        Objects.requireNonNull(hooks, "hooks");
        LocalDate yearStart = script.year().atDay(1);
        LocalDate yearEnd = script.year().atMonth(12).atEndOfMonth();
        LocalDate first = resumeDay == null ? yearStart : resumeDay;
        LocalDate last = until == null || until.isAfter(yearEnd) ? yearEnd : until;
        Map<LocalDate, List<YearEvent>> days = script.byDay();
        Map<YearEvent.Kind, Integer> counts = new EnumMap<>(YearEvent.Kind.class);
        int dueWorkRuns = 0;
        int monthsClosed = 0;
        int daysRun = 0;
        if (first.isAfter(last)) {
            return new YearRun(script.year(), 0, 0, 0, counts);
        }
        moveTo(first);
        if (first.equals(yearStart) && resumeEventsDone == 0) {
            hooks.startOfYear(first);
        }
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            moveTo(day);
            daysRun++;
            List<YearEvent> today = days.getOrDefault(day, List.of());
            int skip = day.equals(resumeDay) ? Math.min(resumeEventsDone, today.size()) : 0;
            for (int i = skip; i < today.size(); i++) {
                YearEvent event = today.get(i);
                dispatch(hooks, event);
                counts.merge(event.kind(), 1, Integer::sum);
                hooks.eventDone(event, i + 1);
            }
            boolean monthEnd = day.equals(YearMonth.from(day).atEndOfMonth());
            if (cadence == Cadence.DAILY || monthEnd) {
                hooks.runDueWork(clock.instant());
                dueWorkRuns++;
            }
            if (monthEnd) {
                hooks.endOfMonth(YearMonth.from(day));
                monthsClosed++;
            }
            hooks.dayDone(day);
        }
        if (last.equals(yearEnd)) {
            hooks.endOfYear(last);
        }
        return new YearRun(script.year(), daysRun, dueWorkRuns, monthsClosed, counts);
    }

    private void moveTo(LocalDate day) {
        clock.moveTo(ZonedDateTime.of(day, dueWorkAt, clock.getZone()).toInstant());
    }

    private static void dispatch(YearHooks hooks, YearEvent event) {
        switch (event.kind()) {
            case SIGNATURE -> hooks.sign(event);
            case PAYMENT -> hooks.recordPayment(event);
            case FULFILMENT -> hooks.recordFulfilment(event);
            case ACCEPTANCE -> hooks.recordAcceptance(event);
            case AMENDMENT -> hooks.amend(event);
            case RENEWAL -> hooks.renew(event);
            default -> throw new IllegalStateException("unhandled event kind " + event.kind());
        }
    }
}
