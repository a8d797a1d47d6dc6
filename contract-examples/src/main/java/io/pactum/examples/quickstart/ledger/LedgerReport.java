package io.pactum.examples.quickstart.ledger;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The 合同台账 report of a {@link Ledger}: printed on a console (contracts with their live
 * payment position, obligations, reminders, alerts and a summary) or written as one self-contained
 * HTML page with an inline SVG chart of payments due and received per month.
 *
 * <pre>{@code
 * LedgerReport report = LedgerReport.of(ledger);
 * report.print(System.out);
 * report.writeHtml(Path.of("target/ledger.html"));
 * }</pre>
 *
 * <p>Long lists are cut after {@code maxListed} rows (with a count of the rest), so a portfolio of
 * 100,000 contracts still gives a readable page; the summary and charts always cover everything.
 * Immutable and thread-safe.
 */
public final class LedgerReport {

    /** Rows listed per table unless told otherwise. */
    public static final int DEFAULT_MAX_LISTED = 200;

    private final LedgerFigures figures;
    private final int maxListed;

    private LedgerReport(LedgerFigures figures, int maxListed) {
        this.figures = figures;
        this.maxListed = maxListed;
    }

    /** A report listing up to {@link #DEFAULT_MAX_LISTED} rows per table. */
    public static LedgerReport of(Ledger ledger) {
        return of(ledger, DEFAULT_MAX_LISTED);
    }

    /** A report listing up to {@code maxListed} rows per table (at least 1). */
    public static LedgerReport of(Ledger ledger, int maxListed) {
        Objects.requireNonNull(ledger, "ledger");
        if (maxListed < 1) {
            throw new IllegalArgumentException("maxListed must be at least 1, got " + maxListed);
        }
        return new LedgerReport(LedgerFigures.of(ledger), maxListed);
    }

    /** The computed figures: per-contract rows, monthly flows, summary. */
    public LedgerFigures figures() {
        return figures;
    }

    /** Prints the report. */
    public void print(PrintStream out) {
        ConsoleLedger.print(figures, Objects.requireNonNull(out, "out"), maxListed);
    }

    /** The HTML page. */
    public String html() {
        return HtmlLedger.render(figures, maxListed);
    }

    /** Writes the HTML page as UTF-8, creating the parent folders. */
    public Path writeHtml(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.writeString(file, html(), StandardCharsets.UTF_8);
    }
}
