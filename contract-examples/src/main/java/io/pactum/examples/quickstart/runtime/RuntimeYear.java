package io.pactum.examples.quickstart.runtime;

import io.pactum.core.error.PactumException;
import io.pactum.core.template.ComposedDocument;
import io.pactum.examples.quickstart.QuickstartData;
import io.pactum.examples.quickstart.Sample;
import io.pactum.examples.quickstart.cli.QuickstartOptions;
import io.pactum.examples.quickstart.ledger.Ledger;
import io.pactum.examples.quickstart.ledger.LedgerReport;
import io.pactum.examples.quickstart.year.SimulatedClock;
import io.pactum.examples.quickstart.year.SimulatedYear;
import io.pactum.examples.quickstart.year.YearRun;
import io.pactum.jdbc.JdbcError;
import io.pactum.jdbc.PactumSchema;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * The quickstart's main part: opens the database, loads the library, plays the samples' year (or
 * what is left of it) on the runtime, and prints and writes the 合同台账 read back from the database.
 */
public final class RuntimeYear {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int MAX_MESSAGE = 300;

    private RuntimeYear() {
    }

    /**
     * What a run did.
     *
     * @param ledger the ledger as of the last simulated day
     * @param year the days and events of this run
     * @param received the messages the mailbox holds, from every run
     * @param receivedThisRun the messages that arrived in this run
     * @param duplicatesDropped repeated deliveries the mailbox dropped in this run
     * @param report the HTML page
     */
    public record Result(Ledger ledger, YearRun year, int received, int receivedThisRun, int duplicatesDropped,
            Path report) {
        /** Checks presence. */
        public Result {
            Objects.requireNonNull(ledger, "ledger");
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * Runs the year on the database the options name.
     *
     * @param data the shipped data
     * @param options the command line
     * @param out the console
     * @throws PactumException the adapter's typed errors when the database cannot be used
     * @throws IOException if the HTML page cannot be written
     */
    public static Result run(QuickstartData data, QuickstartOptions options, PrintStream out) throws IOException {
        out.println("Templates and shipped data");
        out.println("==========================");
        for (Sample s : data.samples()) {
            ComposedDocument doc = data.compose(s);
            out.printf("  %-10s %s v%d (%s): %d sections, fingerprint %s…%n", s.key(), s.templateVersion().title(),
                    s.templateVersion().version(), s.templateVersion().locale().tag(), doc.numbering().size(),
                    doc.fingerprint().substring(0, 16));
        }
        out.printf("  Approval policy %s, risk profiles for %s, reminders %s before due dates%n",
                data.approvalPolicy().id(), QuickstartData.CONTRACT_TYPES, data.reminderPolicy().leadTimes());
        out.println();
        long opening = System.nanoTime();
        try (QuickstartDatabase db = QuickstartDatabase.open(options.databaseUrl(), options.jdbcUser(),
                options.jdbcPassword(), options.reset())) {
            PactumSchema.Migration m = db.migration();
            YearProgress progress = YearProgress.load(db.storage(), QuickstartRuntime.as(QuickstartRuntime.ADMIN,
                    "progress"), data.year().year());
            LocalDate yearEnd = data.year().year().atMonth(12).atEndOfMonth();
            YearProgress.Position from = progress.position();
            LocalDate clockDay = from.next().isAfter(yearEnd) ? yearEnd : from.next();
            SimulatedClock clock = SimulatedClock.at(clockDay.atStartOfDay(ZONE).toInstant(), ZONE);
            QuickstartRuntime runtime = QuickstartRuntime.create(data, db.storage(), clock);
            int documents = runtime.loadLibrary();
            out.println("Runtime on " + masked(options.databaseUrl()));
            out.println("=".repeat(11 + masked(options.databaseUrl()).length()));
            out.printf("  Schema         version %d%s%n", m.toVersion(), m.changed() ? " (created now)" : "");
            out.printf("  Library        %d documents: contract types, clauses, templates, approval policy%n", documents);
            int before = runtime.mailbox().received(QuickstartRuntime.as(QuickstartRuntime.ADMIN, "count")).size();
            String where = !progress.started() ? "a new year"
                    : from.next().isAfter(yearEnd) ? "nothing left: the year is done"
                    : "continuing at " + from.next() + (from.eventsDone() > 0 ? " after " + from.eventsDone()
                            + " of its events" : "");
            out.println("  Progress       " + where);
            out.println();

            RuntimeYearHooks hooks = new RuntimeYearHooks(runtime, clock, progress);
            SimulatedYear year = SimulatedYear.of(clock, data.year()).resumeAt(from.next(), from.eventsDone());
            options.until().ifPresent(year::until);
            long start = System.nanoTime();
            YearRun run = year.run(hooks);
            long millis = (System.nanoTime() - start) / 1_000_000;
            out.printf(Locale.ROOT, "Simulated %d on the runtime: %d days in this run, %d events %s, in %,d ms%n",
                    run.year().getValue(), run.days(), run.events().values().stream().mapToInt(Integer::intValue).sum(),
                    run.events(), millis);
            hooks.log().forEach(line -> out.println("  " + line));
            out.println();

            LocalDate asOf = progress.position().next().minusDays(1);
            if (asOf.isBefore(data.year().year().atDay(1))) {
                asOf = data.year().year().atDay(1);
            }
            Ledger ledger = StoredLedger.read(runtime, "合同台账 " + run.year(), asOf);
            LedgerReport report = LedgerReport.of(ledger, 12);
            report.print(out);
            int after = runtime.mailbox().received(QuickstartRuntime.as(QuickstartRuntime.ADMIN, "count")).size();
            out.printf(Locale.ROOT, "  Mailbox        %d messages received in all, %d in this run, %d repeats dropped%n",
                    after, after - before, runtime.mailbox().duplicatesDropped());
            if (asOf.isBefore(yearEnd)) {
                out.println("  Next run       continues on " + asOf.plusDays(1) + " (--reset starts over)");
            }
            Path written = report.writeHtml(options.report());
            out.println();
            out.println("HTML ledger: " + written.toAbsolutePath());
            out.printf(Locale.ROOT, "Total %,d ms (database, library, year, ledger)%n",
                    (System.nanoTime() - opening) / 1_000_000);
            return new Result(ledger, run, after, after - before, runtime.mailbox().duplicatesDropped(), written);
        }
    }

    /**
     * A failure as one line a person can act on: the code, what it means and what to do.
     *
     * @param e the failure
     */
    public static String oneLine(PactumException e) {
        String message = Objects.requireNonNullElse(e.getMessage(), "").lines().findFirst().orElse("");
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "…";
        }
        String advice = "";
        if (e.errorCode() == JdbcError.DATABASE_CORRUPTED) {
            advice = " — the database file is damaged or not a database: restore it, or start over with --reset";
        } else if (e.errorCode() == JdbcError.STORAGE_FAILURE) {
            // Any other failure to read the database (a wrong URL, an unreadable or full disk): not known to be damage.
            advice = " — the database could not be read: check the URL and the file; if it is damaged, restore it,"
                    + " or start over with --reset";
        } else if (e.errorCode() == JdbcError.SCHEMA_TOO_NEW) {
            advice = " — a newer Pactum wrote this database: upgrade, or use another --jdbc-url";
        }
        return "Error " + message + advice;
    }

    /** The URL with any password in it hidden. */
    static String masked(String url) {
        return url.replaceAll("(?i)password=[^;&]*", "password=***");
    }
}
