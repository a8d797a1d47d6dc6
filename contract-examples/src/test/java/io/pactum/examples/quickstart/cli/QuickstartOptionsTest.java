package io.pactum.examples.quickstart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.error.CoreError;
import io.pactum.examples.quickstart.cli.UsageException.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuickstartOptionsTest {

    private static UsageException refused(String... args) {
        return assertThrows(UsageException.class, () -> QuickstartOptions.parse(List.of(args)));
    }

    @Test
    void parse_noArguments_theDefaults() {
        QuickstartOptions o = QuickstartOptions.parse(List.of());
        assertEquals(QuickstartOptions.defaults(), o);
        assertEquals(OptionalInt.empty(), o.contracts());
        assertEquals(2026, o.seed());
        assertEquals(Path.of("target/pactum-quickstart/ledger.html"), o.report());
        assertFalse(o.help());
    }

    @Test
    void parse_everyFlag() {
        QuickstartOptions o = QuickstartOptions.parse(List.of("--contracts=100000", "--seed=-7",
                "--jdbc-url=jdbc:postgresql://db.example:5432/pactum?ssl=true", "--report=out/l.html", "--help"));
        assertEquals(OptionalInt.of(100_000), o.contracts());
        assertEquals(-7, o.seed());
        assertEquals(Optional.of("jdbc:postgresql://db.example:5432/pactum?ssl=true"), o.jdbcUrl());
        assertEquals(Path.of("out/l.html"), o.report());
        assertTrue(o.help());
        assertEquals(Optional.of("jdbc:h2:mem:pactum;DB_CLOSE_DELAY=-1"),
                QuickstartOptions.parse(List.of("--jdbc-url=jdbc:h2:mem:pactum;DB_CLOSE_DELAY=-1")).jdbcUrl());
    }

    @Test
    void parse_databaseAndProgressFlags() {
        QuickstartOptions o = QuickstartOptions.parse(List.of("--jdbc-url=jdbc:postgresql://db/pactum", "--jdbc-user=pactum",
                "--jdbc-password=", "--until=2026-06-30", "--reset"));
        assertEquals(Optional.of("pactum"), o.jdbcUser());
        assertEquals(Optional.of(""), o.jdbcPassword());
        assertEquals(Optional.of(java.time.LocalDate.of(2026, 6, 30)), o.until());
        assertTrue(o.reset());
        assertEquals("jdbc:postgresql://db/pactum", o.databaseUrl());
        assertEquals("jdbc:h2:file:" + Path.of("target/pactum-quickstart/pactum-db").toAbsolutePath(),
                QuickstartOptions.defaults().databaseUrl());
    }

    @ParameterizedTest(name = "{0} -> {1} at {2}")
    @CsvSource(delimiter = '|', value = {
            "--contracts=abc            | NOT_A_NUMBER     | --contracts",
            "--contracts=1e5            | NOT_A_NUMBER     | --contracts",
            "--contracts=0              | OUT_OF_RANGE     | --contracts",
            "--contracts=1000001        | OUT_OF_RANGE     | --contracts",
            "--contracts=99999999999999999999 | NOT_A_NUMBER | --contracts",
            "--contracts                | MISSING_VALUE    | --contracts",
            "--contracts=               | MISSING_VALUE    | --contracts",
            "--colour=red               | UNKNOWN_FLAG     | --colour",
            "contracts=5                | UNKNOWN_FLAG     | contracts",
            "-h                         | UNKNOWN_FLAG     | -h",
            "--help=yes                 | UNEXPECTED_VALUE | --help",
            "--jdbc-url=postgres://x    | BAD_JDBC_URL     | --jdbc-url",
            "--jdbc-url=jdbc:mysql://x  | BAD_JDBC_URL     | --jdbc-url",
            "--jdbc-url=jdbc:h2:mem: x  | BAD_JDBC_URL     | --jdbc-url",
            "--jdbc-url=jdbc:h2:        | BAD_JDBC_URL     | --jdbc-url",
            "--report                   | MISSING_VALUE    | --report",
            "--until=2026-02-30         | NOT_A_DATE       | --until",
            "--until                    | MISSING_VALUE    | --until",
            "--reset=yes                | UNEXPECTED_VALUE | --reset",
            "--jdbc-user=               | MISSING_VALUE    | --jdbc-user"})
    void parse_badFlag_typedProblemAtTheFlag(String arg, Problem problem, String path) {
        UsageException e = refused(arg);
        assertEquals(problem, e.problem(), e::getMessage);
        assertEquals(path, e.path());
        assertEquals(problem.code(), e.errorCode());
    }

    @Test
    void parse_emptyArgument_unknownFlagWithAReadablePath() {
        UsageException e = refused("");
        assertEquals(Problem.UNKNOWN_FLAG, e.problem());
        assertEquals("\"\"", e.path());
    }

    @Test
    void parse_messagesNameTheValueAndWhatIsAccepted() {
        assertEquals("PCT-1102 at --contracts: --contracts must be from 1 to 1,000,000, got 1,000,001",
                refused("--contracts=1000001").getMessage());
        assertEquals("PCT-1103 at --jdbc-url: database \"mysql\" is not supported; use h2 or postgresql",
                refused("--jdbc-url=jdbc:mysql://x").getMessage());
        assertEquals(CoreError.DUPLICATE, refused("--seed=1", "--seed=2").errorCode());
    }

    @Property(tries = 300)
    void parse_anyCountInRange_isAccepted(@ForAll @IntRange(min = 1, max = QuickstartOptions.MAX_CONTRACTS) int n) {
        assertEquals(OptionalInt.of(n), QuickstartOptions.parse(List.of("--contracts=" + n)).contracts());
    }

    @Property(tries = 300)
    void parse_anyArgument_parsesOrFailsWithAUsageException(@ForAll String arg) {
        try {
            QuickstartOptions.parse(List.of(arg));
        } catch (UsageException e) {
            assertFalse(e.path().isEmpty());
        }
    }

    @Property(tries = 500)
    void parse_anyValueOfAKnownFlag_parsesOrFailsAtThatFlag(@ForAll("knownFlags") String flag, @ForAll String value) {
        // Arbitrary strings rarely start with "--": this reaches each flag's own value checks.
        try {
            QuickstartOptions.parse(List.of(flag + "=" + value));
        } catch (UsageException e) {
            assertEquals(flag, e.path(), e::getMessage);
        }
    }

    @Provide
    Arbitrary<String> knownFlags() {
        return Arbitraries.of("--contracts", "--seed", "--jdbc-url", "--jdbc-user", "--jdbc-password", "--until",
                "--reset", "--report", "--help");
    }
}
