package io.pactum.examples.quickstart.portfolio;

import io.pactum.examples.quickstart.QuickstartData;
import io.pactum.examples.quickstart.ledger.Ledger;
import io.pactum.examples.quickstart.ledger.LedgerReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The quickstart's {@code --contracts=N}: generates the portfolio with a progress bar, prints how
 * long it took (milliseconds and contracts per second), the ledger's summary with the first rows,
 * and writes the HTML ledger.
 */
public final class PortfolioCommand {

    /** The date the generated ledger is drawn up on: the end of the samples' year. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    private static final int LISTED = 10;

    private PortfolioCommand() {
    }

    /**
     * Runs it.
     *
     * @param data the shipped data
     * @param count how many contracts
     * @param seed the seed
     * @param report where the HTML goes
     * @param out the console
     * @return the generated ledger
     * @throws IOException if the HTML cannot be written
     */
    public static Ledger run(QuickstartData data, int count, long seed, Path report, PrintStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.printf(Locale.ROOT, "Generating a portfolio of %,d contracts (seed %d), scheduled on the China calendar%n",
                count, seed);
        ProgressBar bar = new ProgressBar(out, "contracts", count);
        long start = System.nanoTime();
        Ledger ledger = new PortfolioGenerator(data, seed, AS_OF).ledger(count, bar::update);
        long nanos = System.nanoTime() - start;
        long millis = nanos / 1_000_000;
        long perSecond = nanos == 0 ? 0 : count * 1_000_000_000L / nanos;
        out.printf(Locale.ROOT, "Generated %,d contracts with %,d obligations in %,d ms (%,d contracts/s)%n%n", count,
                ledger.obligations().size(), millis, perSecond);
        LedgerReport ledgerReport = LedgerReport.of(ledger, LISTED);
        ledgerReport.print(out);
        start = System.nanoTime();
        Path written = ledgerReport.writeHtml(report);
        out.printf(Locale.ROOT, "%nHTML ledger: %s (%,d ms)%n", written.toAbsolutePath(),
                (System.nanoTime() - start) / 1_000_000);
        return ledger;
    }
}
