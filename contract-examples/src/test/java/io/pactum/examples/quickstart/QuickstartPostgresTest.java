package io.pactum.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.examples.quickstart.cli.QuickstartOptions;
import io.pactum.examples.quickstart.runtime.RuntimeYear;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --jdbc-url=jdbc:postgresql:…}: the year on a real PostgreSQL server, in two runs, then started over. */
class QuickstartPostgresTest {

    @TempDir
    static Path dir;
    static EmbeddedPostgres server;

    @BeforeAll
    static void start() throws IOException {
        server = EmbeddedPostgres.builder().setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                .start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private record Run(RuntimeYear.Result result, String out) {
    }

    private static Run run(String... flags) throws IOException {
        List<String> args = new ArrayList<>(List.of("--jdbc-url=jdbc:postgresql://localhost:" + server.getPort() + "/postgres",
                "--jdbc-user=postgres", "--report=" + dir.resolve("ledger.html")));
        args.addAll(List.of(flags));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RuntimeYear.Result result = RuntimeYear.run(QuickstartData.load(), QuickstartOptions.parse(args),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(result, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void yearInTwoRuns_thenReset_startsANewYear() throws IOException {
        Run first = run("--until=2026-03-31");
        assertTrue(first.out().contains("  Schema         version 1 (created now)"), first.out());
        Run rest = run();
        assertTrue(rest.out().contains("  Progress       continuing at 2026-04-01"), rest.out());
        assertEquals(66, rest.result().ledger().reminders().size());
        assertEquals(5, rest.result().ledger().alerts().size());
        assertEquals(0, first.result().duplicatesDropped() + rest.result().duplicatesDropped());
        Run over = run("--reset", "--until=2026-01-05");
        assertTrue(over.out().contains("  Schema         version 1 (created now)"), over.out());
        assertTrue(over.out().contains("  Progress       a new year"), over.out());
        assertEquals(3, over.result().ledger().contracts().size());
    }
}
