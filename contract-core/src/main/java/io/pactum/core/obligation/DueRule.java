package io.pactum.core.obligation;

import io.pactum.core.error.PactumException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When an obligation falls due: on a date, relative to an event, or recurring from either.
 *
 * <p>JSON, by {@code kind}: {@code {"kind": "onDate", "date": "2026-03-31"}};
 * {@code {"kind": "afterEvent", "event": "INVOICE_RECEIVED", "offset": {"amount": 30, "unit":
 * "CALENDAR_DAYS", "monthEnd": "FROM_END_OF_MONTH"}}} (with {@code "obligation": "id"} for
 * {@code OBLIGATION_FULFILLED}); {@code {"kind": "recurring", "start": {...}, "frequency":
 * "MONTHLY", "interval": 1, "count": 12}}.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface DueRule {

    /** On a fixed date. */
    static DueRule onDate(LocalDate date) {
        return new OnDate(date);
    }

    /** An offset after (or before) an event. */
    static DueRule after(EventRef event, Offset offset) {
        return new AfterEvent(event, offset);
    }

    /** Recurring from a start rule. */
    static DueRule recurring(DueRule start, Recurrence recurrence) {
        return new Recurring(start, recurrence);
    }

    /**
     * On a fixed date.
     *
     * @param date the due date before any business-day adjustment
     */
    record OnDate(LocalDate date) implements DueRule {
        /** Checks for null. */
        public OnDate {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * Relative to an event: pending until the event's date is known.
     *
     * @param event the event
     * @param offset the offset from its date
     */
    record AfterEvent(EventRef event, Offset offset) implements DueRule {
        /** Checks for null. */
        public AfterEvent {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(offset, "offset");
        }
    }

    /**
     * Recurring: the start rule gives the anchor (occurrence 0), the recurrence the rest.
     *
     * @param start an {@link OnDate} or {@link AfterEvent} rule, not itself recurring
     * @param recurrence the recurrence
     */
    record Recurring(DueRule start, Recurrence recurrence) implements DueRule {
        /** Checks that the start is not itself recurring. */
        public Recurring {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(recurrence, "recurrence");
            if (start instanceof Recurring) {
                throw new PactumException(ScheduleError.RECURRENCE_INVALID, "start",
                        "the start of a recurrence cannot itself be recurring");
            }
        }
    }
}
