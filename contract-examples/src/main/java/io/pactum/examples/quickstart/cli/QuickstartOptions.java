package io.pactum.examples.quickstart.cli;

import io.pactum.examples.quickstart.cli.UsageException.Problem;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The quickstart's command line, parsed and checked.
 *
 * <pre>
 * --contracts=N       generate a deterministic portfolio of N contracts (1 to 1,000,000)
 * --seed=N            the portfolio's random seed (default 2026)
 * --jdbc-url=URL      the database: jdbc:h2:… or jdbc:postgresql:… (default an H2 file under target/pactum-quickstart)
 * --jdbc-user=NAME    the database user
 * --jdbc-password=PW  the database password
 * --until=DATE        stop the simulated year after this day; the next run continues from there
 * --reset             start the year over: empty the database first
 * --report=PATH       where to write the HTML ledger (default target/pactum-quickstart/ledger.html)
 * --help              print this text
 * </pre>
 *
 * @param contracts the size of the generated portfolio, if asked for
 * @param seed the portfolio's seed
 * @param jdbcUrl the JDBC URL, if given
 * @param jdbcUser the database user, if given
 * @param jdbcPassword the database password, if given
 * @param until the last simulated day of this run, if given
 * @param reset whether to empty the database before the run
 * @param report where the HTML ledger goes
 * @param help whether help was asked for
 */
public record QuickstartOptions(OptionalInt contracts, long seed, Optional<String> jdbcUrl, Optional<String> jdbcUser,
        Optional<String> jdbcPassword, Optional<LocalDate> until, boolean reset, Path report, boolean help) {

    /** The largest portfolio the quickstart generates: it is held in memory. */
    public static final int MAX_CONTRACTS = 1_000_000;

    /** The default seed: the samples' year. */
    public static final long DEFAULT_SEED = 2026;

    /** The default database: an H2 file beside the HTML ledger ({@code pactum-db.mv.db}). */
    public static final Path DEFAULT_DATABASE = Path.of("target", "pactum-quickstart", "pactum-db");

    /** The default place of the HTML ledger, relative to the working directory. */
    public static final Path DEFAULT_REPORT = Path.of("target", "pactum-quickstart", "ledger.html");

    /** The usage text. */
    public static final String USAGE = """
            Usage: mvn -q -Pquickstart -DskipTests package [-Dexec.args="FLAGS"]
              --contracts=N     generate a deterministic portfolio of N contracts (1 to 1,000,000)
              --seed=N          the portfolio's random seed (default 2026)
              --jdbc-url=URL    the database: jdbc:h2:... or jdbc:postgresql:...
                                (default: the H2 file target/pactum-quickstart/pactum-db)
              --jdbc-user=NAME  the database user (H2 default: sa)
              --jdbc-password=PW the database password
              --until=DATE      stop the simulated year after this day (yyyy-mm-dd); run again to continue
              --reset           start over: empty the database first
              --report=PATH     where to write the HTML ledger (default target/pactum-quickstart/ledger.html)
              --help            print this text
            """;

    private static final Set<String> JDBC_DATABASES = Set.of("h2", "postgresql");
    private static final Pattern JDBC = Pattern.compile("jdbc:([a-z0-9]+):(\\S+)");
    private static final int MAX_URL = 2_000;

    /** Checks the values. */
    public QuickstartOptions {
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(jdbcUser, "jdbcUser");
        Objects.requireNonNull(jdbcPassword, "jdbcPassword");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(report, "report");
    }

    /** No flags: the quickstart over the shipped samples. */
    public static QuickstartOptions defaults() {
        return new QuickstartOptions(OptionalInt.empty(), DEFAULT_SEED, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, DEFAULT_REPORT, false);
    }

    /** The JDBC URL to use: the given one, or the H2 file {@link #DEFAULT_DATABASE} under the working directory. */
    public String databaseUrl() {
        return jdbcUrl.orElseGet(() -> "jdbc:h2:file:" + DEFAULT_DATABASE.toAbsolutePath());
    }

    /** This command line with another JDBC URL (tests point the quickstart at a temporary file). */
    public QuickstartOptions withJdbcUrl(String url) {
        return new QuickstartOptions(contracts, seed, Optional.of(url), jdbcUser, jdbcPassword, until, reset, report, help);
    }

    /**
     * Parses the arguments; every argument is a flag {@code --name=value} or {@code --name}.
     *
     * @throws UsageException for the first bad argument, with the flag as its path
     */
    public static QuickstartOptions parse(List<String> args) {
        Objects.requireNonNull(args, "args");
        OptionalInt contracts = OptionalInt.empty();
        long seed = DEFAULT_SEED;
        Optional<String> jdbcUrl = Optional.empty();
        Optional<String> jdbcUser = Optional.empty();
        Optional<String> jdbcPassword = Optional.empty();
        Optional<LocalDate> until = Optional.empty();
        boolean reset = false;
        Path report = DEFAULT_REPORT;
        boolean help = false;
        Set<String> seen = new HashSet<>();
        for (String arg : args) {
            Objects.requireNonNull(arg, "argument");
            int eq = arg.indexOf('=');
            String flag = eq < 0 ? arg : arg.substring(0, eq);
            String value = eq < 0 ? null : arg.substring(eq + 1);
            if (!flag.startsWith("--")) {
                // An empty argument still needs a path a person can read.
                throw new UsageException(Problem.UNKNOWN_FLAG, flag.isEmpty() ? "\"\"" : flag, "expected a flag such as --contracts=100000, got \""
                        + arg + "\"");
            }
            if (!seen.add(flag)) {
                throw new UsageException(Problem.DUPLICATE_FLAG, flag, flag + " is given twice");
            }
            switch (flag) {
                case "--contracts" -> contracts = OptionalInt.of((int) number(flag, value, 1, MAX_CONTRACTS));
                case "--seed" -> seed = number(flag, value, Long.MIN_VALUE, Long.MAX_VALUE);
                case "--jdbc-url" -> jdbcUrl = Optional.of(jdbcUrl(flag, value));
                case "--jdbc-user" -> jdbcUser = Optional.of(value(flag, value));
                case "--jdbc-password" -> jdbcPassword = Optional.of(value == null ? "" : value);
                case "--until" -> until = Optional.of(date(flag, value));
                case "--reset" -> reset = noValue(flag, value);
                case "--report" -> report = path(flag, value);
                case "--help" -> help = noValue(flag, value);
                default -> throw new UsageException(Problem.UNKNOWN_FLAG, flag, "unknown flag " + flag
                        + "; known: --contracts, --seed, --jdbc-url, --jdbc-user, --jdbc-password, --until, --reset,"
                        + " --report, --help");
            }
        }
        return new QuickstartOptions(contracts, seed, jdbcUrl, jdbcUser, jdbcPassword, until, reset, report, help);
    }

    private static boolean noValue(String flag, @Nullable String value) {
        if (value != null) {
            throw new UsageException(Problem.UNEXPECTED_VALUE, flag, flag + " takes no value");
        }
        return true;
    }

    private static LocalDate date(String flag, @Nullable String raw) {
        String text = value(flag, raw);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException(Problem.NOT_A_DATE, flag, flag + " needs a date like 2026-06-30, got \"" + text + "\"");
        }
    }

    private static String value(String flag, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            throw new UsageException(Problem.MISSING_VALUE, flag, flag + " needs a value: " + flag + "=...");
        }
        return value;
    }

    private static long number(String flag, @Nullable String raw, long min, long max) {
        String text = value(flag, raw);
        long n;
        try {
            n = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(Problem.NOT_A_NUMBER, flag, flag + " needs a whole number, got \"" + text + "\"");
        }
        if (n < min || n > max) {
            throw new UsageException(Problem.OUT_OF_RANGE, flag, String.format(Locale.ROOT,
                    "%s must be from %,d to %,d, got %,d", flag, min, max, n));
        }
        return n;
    }

    private static String jdbcUrl(String flag, @Nullable String raw) {
        String url = value(flag, raw);
        if (url.length() > MAX_URL) {
            throw new UsageException(Problem.BAD_JDBC_URL, flag, "a JDBC URL is at most " + MAX_URL + " characters");
        }
        Matcher m = JDBC.matcher(url);
        if (!m.matches()) {
            throw new UsageException(Problem.BAD_JDBC_URL, flag,
                    "expected jdbc:<database>:<details> without spaces, e.g. jdbc:h2:mem:pactum");
        }
        if (!JDBC_DATABASES.contains(m.group(1))) {
            throw new UsageException(Problem.BAD_JDBC_URL, flag, "database \"" + m.group(1)
                    + "\" is not supported; use h2 or postgresql");
        }
        return url;
    }

    private static Path path(String flag, @Nullable String raw) {
        String text = value(flag, raw);
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException(Problem.BAD_PATH, flag, "not a file path: " + e.getMessage());
        }
    }
}
