package io.pactum.examples.quickstart.runtime;

import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonOutput;
import io.pactum.spi.CallContext;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.RecordStore;
import io.pactum.spi.port.StoredRecord;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * How far the simulated year has got, kept in the database beside the contracts (a record of kind
 * {@code quickstart-progress}, one per year) so that the next run continues there: the next day to
 * simulate and how many of that day's events are done. Saved after each event and after each day's
 * due work, with optimistic locking like every record.
 *
 * <p>An event's command and the progress saved after it are two units of work: a crash between them
 * repeats that one event on the next run, where the runtime refuses it (a payment beyond what is
 * outstanding, a fulfilment of a fulfilled obligation) rather than applying it twice.
 * Not thread-safe; one simulated year at a time.
 */
public final class YearProgress {

    private static final RecordKind KIND = RecordKind.of("quickstart-progress");

    private final RecordStore records;
    private final CallContext ctx;
    private final RecordKey key;
    private long revision;
    private Position position;

    /**
     * Where the year stands.
     *
     * @param next the next day to simulate (the day after the year's last day once the year is done)
     * @param eventsDone how many of that day's events are done
     */
    public record Position(LocalDate next, int eventsDone) {
        /** Checks the values. */
        public Position {
            Objects.requireNonNull(next, "next");
            if (eventsDone < 0) {
                throw new IllegalArgumentException("eventsDone must not be negative, got " + eventsDone);
            }
        }
    }

    private YearProgress(RecordStore records, CallContext ctx, RecordKey key, long revision, Position position) {
        this.records = records;
        this.ctx = ctx;
        this.key = key;
        this.revision = revision;
        this.position = position;
    }

    /** Reads the year's progress, or a fresh one at its first day. */
    public static YearProgress load(RecordStore records, CallContext ctx, Year year) {
        RecordKey key = RecordKey.of(KIND, "year-" + year);
        Optional<StoredRecord> stored = records.getRecord(ctx, key);
        if (stored.isEmpty()) {
            return new YearProgress(records, ctx, key, 0, new Position(year.atDay(1), 0));
        }
        Position p = JsonInput.standard().read("quickstart progress", stored.get().body(), r -> {
            r.integer("version", 1, 1);
            LocalDate next = r.date("next");
            Long done = r.integer("eventsDone", 0, Integer.MAX_VALUE);
            return r.build(() -> new Position(Objects.requireNonNull(next), Objects.requireNonNull(done).intValue()));
        });
        return new YearProgress(records, ctx, key, stored.get().revision(), p);
    }

    /** Whether any run has started this year (a progress record exists). */
    public boolean started() {
        return revision > 0;
    }

    /** Where the year stands. */
    public Position position() {
        return position;
    }

    /** Records that an event of the day is done. */
    public void eventDone(LocalDate day, int doneOnDay) {
        save(new Position(day, doneOnDay));
    }

    /** Records that a day is done, its due work included. */
    public void dayDone(LocalDate day) {
        save(new Position(day.plusDays(1), 0));
    }

    private void save(Position next) {
        String body = JsonOutput.compact().write(w -> w.integer("version", 1).date("next", next.next())
                .integer("eventsDone", next.eventsDone()));
        revision = records.saveRecord(ctx, key, body, null, revision).revision();
        position = next;
    }
}
