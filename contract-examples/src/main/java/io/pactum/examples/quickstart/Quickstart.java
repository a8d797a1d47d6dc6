package io.pactum.examples.quickstart;

import io.pactum.core.codec.ContractJson;
import io.pactum.core.codec.ContractTypeJson;
import io.pactum.core.contract.AttributeValue;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.RenewalTerms;
import io.pactum.core.contract.type.ContractType;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import io.pactum.core.money.Money;
import io.pactum.core.template.ComposedDocument;
import io.pactum.examples.quickstart.cli.QuickstartOptions;
import io.pactum.examples.quickstart.cli.UsageException;
import io.pactum.examples.quickstart.ledger.Ledger;
import io.pactum.examples.quickstart.ledger.LedgerReport;
import io.pactum.examples.quickstart.portfolio.PortfolioCommand;
import io.pactum.examples.quickstart.year.SimulatedClock;
import io.pactum.examples.quickstart.year.SimulatedYear;
import io.pactum.examples.quickstart.year.YearRun;
import io.pactum.core.validation.ContractValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The quickstart, run by the README's main command. It loads a contract type and contracts from
 * the JSON files shipped beside it, validates them, prints a readable summary, and shows how
 * Pactum reports broken input: every problem at once, each with its JSON pointer and error code.
 * Then it drafts the three sample contracts from their templates, plays their year 2026 on a
 * simulated clock and prints the 合同台账 (and writes it as an HTML page). With
 * {@code --contracts=N} it generates a large portfolio instead; see {@link QuickstartOptions}.
 */
public final class Quickstart {

    private static final String BASE = "/io/pactum/examples/quickstart/";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Quickstart() {
    }

    /**
     * Runs the quickstart on standard output.
     *
     * @param args flags, see {@link QuickstartOptions#USAGE}
     * @throws IOException if the HTML ledger cannot be written
     */
    public static void main(String[] args) throws IOException {
        // Hibernate Validator logs through JBoss Logging; send it to SLF4J like the rest of the host.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        QuickstartOptions options;
        try {
            options = QuickstartOptions.parse(List.of(args));
        } catch (UsageException e) {
            out.println(e.getMessage());
            out.print(QuickstartOptions.USAGE);
            return;
        }
        if (options.help()) {
            out.print(QuickstartOptions.USAGE);
            return;
        }
        options.jdbcUrl().ifPresent(url -> out.println("--jdbc-url " + url.replaceAll("password=[^;&]*", "password=***")
                + " is checked; storage in a database comes with the JDBC adapter, this run keeps everything in memory."));
        QuickstartData data = QuickstartData.load();
        if (options.contracts().isPresent()) {
            PortfolioCommand.run(data, options.contracts().getAsInt(), options.seed(), options.report(), out);
            return;
        }
        run(out);
        out.println();
        runYear(data, out, options.report());
    }

    /**
     * The shipped samples through their year: drafts each from its template, plays the 2026 script
     * on a simulated clock with the core and rules only, prints the 合同台账 and writes it as HTML.
     *
     * @param data the shipped data
     * @param out the console
     * @param report where the HTML page goes
     * @return the ledger at the end of the year
     * @throws IOException if the page cannot be written
     */
    public static Ledger runYear(QuickstartData data, PrintStream out, Path report) throws IOException {
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
        SimulatedClock clock = SimulatedClock.at(data.year().year().atDay(1).atStartOfDay(ZONE).toInstant(), ZONE);
        CoreYearHooks hooks = new CoreYearHooks(data, clock);
        YearRun year = SimulatedYear.of(clock, data.year()).run(hooks);
        out.printf("Simulated %d: %d days, %d events %s%n", year.year().getValue(), year.days(),
                year.events().values().stream().mapToInt(Integer::intValue).sum(), year.events());
        hooks.log().forEach(line -> out.println("  " + line));
        out.println();
        LocalDate end = data.year().year().atMonth(12).atEndOfMonth();
        Ledger ledger = hooks.ledger("合同台账 " + year.year(), end);
        LedgerReport ledgerReport = LedgerReport.of(ledger, 12);
        ledgerReport.print(out);
        Path written = ledgerReport.writeHtml(report);
        out.println();
        out.println("HTML ledger: " + written.toAbsolutePath());
        return ledger;
    }

    /**
     * Runs the quickstart.
     *
     * @param out where the report goes
     * @return the number of contracts that loaded and validated
     */
    public static int run(PrintStream out) {
        out.println("Pactum quickstart");
        out.println("=================");
        ContractType type = ContractTypeJson.read(resource("contract-types/service.json"));
        out.printf("Contract type  %s: %s (%d custom fields, numbered %s, e.g. %s)%n", type.id(), type.name(),
                type.fields().size(), type.numbering(), type.numbering().format(java.time.LocalDate.of(2026, 1, 15), 1));
        int valid = 0;
        try (ContractValidator validator = ContractValidator.create()) {
            for (String file : List.of("service-2026-000001.json", "service-2026-000002-broken.json",
                    "service-2026-000003-invalid.json")) {
                out.println();
                out.println("contracts/" + file);
                Contract contract;
                try {
                    contract = ContractJson.read(resource("contracts/" + file));
                } catch (ValidationException e) {
                    report(out, "cannot read it", e.violations());
                    continue;
                }
                List<Violation> problems = validator.check(contract, type);
                summary(out, contract);
                if (problems.isEmpty()) {
                    out.println("  Validation     OK");
                    valid++;
                } else {
                    report(out, "read, but invalid for type " + type.id(), problems);
                }
            }
        }
        out.println();
        out.printf("%d of 3 contracts are valid.%n", valid);
        return valid;
    }

    private static void summary(PrintStream out, Contract c) {
        out.printf("  Contract       %s  %s  [%s, revision %d]%n", c.number(), c.title(), c.status(), c.revision());
        out.printf("  Parties        %s%n", c.parties().stream().map(Quickstart::party).collect(Collectors.joining("; ")));
        out.printf("  Value          %s (%s)%n", money(c.value()), c.direction());
        out.printf("  Term           %s → %s, %s%n", c.term().effectiveDate(),
                c.term().end().map(Object::toString).orElse("open-ended"), renewal(c.renewal()));
        if (!c.customFields().isEmpty()) {
            out.printf("  Custom fields  %s%n", c.customFields().entrySet().stream()
                    .map(Quickstart::field).collect(Collectors.joining(", ")));
        }
    }

    private static void report(PrintStream out, String what, List<Violation> violations) {
        out.printf("  %s: %d problem%s%n", what, violations.size(), violations.size() == 1 ? "" : "s");
        for (Violation v : violations) {
            out.printf("    %s at %s: %s%n", v.code().code(), v.path().isEmpty() ? "/" : v.path(), v.message());
        }
    }

    private static String party(Party p) {
        return p.name() + " (" + p.role() + ")";
    }

    private static String field(Map.Entry<String, AttributeValue> e) {
        AttributeValue v = e.getValue();
        String text;
        if (v instanceof AttributeValue.TextValue t) {
            text = t.value();
        } else if (v instanceof AttributeValue.NumberValue n) {
            text = n.value().toPlainString();
        } else if (v instanceof AttributeValue.BooleanValue b) {
            text = Boolean.toString(b.value());
        } else {
            text = money(((AttributeValue.MoneyValue) v).value());
        }
        return e.getKey() + "=" + text;
    }

    /** {@code CNY 1,200,000.00}: grouping and the currency's own decimals, printed from the exact amount. */
    static String money(Money m) {
        return m.currency().getCurrencyCode() + " "
                + String.format(Locale.ROOT, "%,." + m.amount().scale() + "f", m.amount());
    }

    private static String renewal(RenewalTerms r) {
        if (r instanceof RenewalTerms.AutoRenew a) {
            return "auto-renews for " + a.renewalPeriod() + " unless notice " + a.noticePeriod() + " before the end"
                    + (a.maxRenewals() == null ? "" : ", at most " + a.maxRenewals() + " times");
        } else if (r instanceof RenewalTerms.Evergreen e) {
            return "runs until notice, ending " + e.noticePeriod() + " after it";
        }
        return "no renewal";
    }

    private static String resource(String name) {
        try (InputStream in = Quickstart.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("quickstart resource missing: " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
