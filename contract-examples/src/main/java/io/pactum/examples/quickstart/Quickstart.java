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
import io.pactum.examples.quickstart.cli.QuickstartOptions;
import io.pactum.examples.quickstart.cli.UsageException;
import io.pactum.core.error.PactumException;
import io.pactum.examples.quickstart.portfolio.PortfolioCommand;
import io.pactum.examples.quickstart.portfolio.PortfolioGenerator;
import io.pactum.examples.quickstart.portfolio.PortfolioStore;
import io.pactum.examples.quickstart.runtime.QuickstartDatabase;
import io.pactum.examples.quickstart.runtime.RuntimeYear;
import io.pactum.core.validation.ContractValidator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The quickstart, run by the README's main command. It loads a contract type and contracts from
 * the JSON files shipped beside it, validates them, prints a readable summary, and shows how
 * Pactum reports broken input: every problem at once, each with its JSON pointer and error code.
 * Then it runs the three sample contracts through their year 2026 on the runtime over a database
 * ({@link RuntimeYear}) and prints the 合同台账 (and writes it as an HTML page). With
 * {@code --contracts=N} it generates a large portfolio instead; see {@link QuickstartOptions}.
 */
public final class Quickstart {

    private Quickstart() {
    }

    /**
     * Runs the quickstart on standard output and exits with a non-zero status when it failed.
     *
     * @param args flags, see {@link QuickstartOptions#USAGE}
     * @throws IOException if the HTML ledger cannot be written
     */
    public static void main(String[] args) throws IOException {
        // Hibernate Validator logs through JBoss Logging; send it to SLF4J like the rest of the host.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        int status = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the quickstart: the model's error reporting, then the samples' year on the runtime over
     * the database (or, with {@code --contracts=N}, a generated portfolio).
     *
     * @param args flags, see {@link QuickstartOptions#USAGE}
     * @param out the console
     * @return {@code 0} when it ran, {@link #USAGE_ERROR} for a bad command line,
     *     {@link #DATABASE_ERROR} when the database cannot be used
     * @throws IOException if the HTML ledger cannot be written
     */
    public static int run(String[] args, PrintStream out) throws IOException {
        QuickstartOptions options;
        try {
            options = QuickstartOptions.parse(List.of(args));
        } catch (UsageException e) {
            out.println(e.getMessage());
            out.print(QuickstartOptions.USAGE);
            return USAGE_ERROR;
        }
        if (options.help()) {
            out.print(QuickstartOptions.USAGE);
            return 0;
        }
        QuickstartData data = QuickstartData.load();
        if (options.contracts().isPresent()) {
            int count = options.contracts().getAsInt();
            PortfolioCommand.run(data, count, options.seed(), options.report(), out);
            out.println();
            try (QuickstartDatabase db = QuickstartDatabase.open(options.databaseUrl(), options.jdbcUser(),
                    options.jdbcPassword(), options.reset())) {
                PortfolioStore.load(db.storage(), new PortfolioGenerator(data, options.seed(), PortfolioCommand.AS_OF),
                        options.seed(), count, out);
            } catch (PactumException e) {
                out.println(RuntimeYear.oneLine(e));
                return DATABASE_ERROR;
            }
            return 0;
        }
        run(out);
        out.println();
        try {
            RuntimeYear.run(data, options, out);
        } catch (PactumException e) {
            out.println(RuntimeYear.oneLine(e));
            return DATABASE_ERROR;
        }
        return 0;
    }

    /** The exit status for a bad command line. */
    public static final int USAGE_ERROR = 2;

    /** The exit status when the database cannot be used (damaged, newer schema, unreachable). */
    public static final int DATABASE_ERROR = 3;

    /**
     * Runs the quickstart.
     *
     * @param out where the report goes
     * @return the number of contracts that loaded and validated
     */
    public static int run(PrintStream out) {
        out.println("Pactum quickstart");
        out.println("=================");
        ContractType type = ContractTypeJson.read(QuickstartResources.text("contract-types/service.json"));
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
                    contract = ContractJson.read(QuickstartResources.text("contracts/" + file));
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
}
