package io.pactum.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.examples.quickstart.cli.QuickstartOptions;
import io.pactum.examples.quickstart.runtime.RuntimeYear;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running the quickstart again on the same database continues where the last run stopped: a year
 * played in two runs (to 30 June, then the rest) ends as the year played in one, and a run after
 * the year is done adds nothing — no reminder, event or payment twice.
 */
class QuickstartRestartTest {

    @TempDir
    static Path dir;
    static RuntimeYear.Result whole;
    static RuntimeYear.Result firstHalf;
    static RuntimeYear.Result secondHalf;
    static RuntimeYear.Result again;
    static final List<String> outputs = new ArrayList<>();

    private static RuntimeYear.Result run(String db, String... flags) throws IOException {
        List<String> args = new ArrayList<>(List.of("--jdbc-url=jdbc:h2:file:" + dir.resolve(db),
                "--report=" + dir.resolve(db + ".html")));
        args.addAll(List.of(flags));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RuntimeYear.Result result = RuntimeYear.run(QuickstartData.load(), QuickstartOptions.parse(args),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        outputs.add(bytes.toString(StandardCharsets.UTF_8));
        return result;
    }

    @BeforeAll
    static void playTheYearInOneRunAndInTwo() throws IOException {
        whole = run("whole");
        firstHalf = run("split", "--until=2026-06-30");
        secondHalf = run("split");
        again = run("split");
    }

    @Test
    void split_firstRunStopsAtTheEndOfJune_secondContinuesOnFirstJuly() {
        assertEquals(181, firstHalf.year().days());
        assertEquals(184, secondHalf.year().days());
        assertTrue(outputs.get(1).contains("  Next run       continues on 2026-07-01"), outputs.get(1));
        assertTrue(outputs.get(2).contains("  Progress       continuing at 2026-07-01"), outputs.get(2));
        assertEquals(firstHalf.ledger().asOf().plusDays(1), java.time.LocalDate.of(2026, 7, 1));
    }

    @Test
    void split_endsAsTheYearInOneRun() {
        assertEquals(whole.ledger().contracts(), secondHalf.ledger().contracts());
        assertEquals(whole.ledger().obligations(), secondHalf.ledger().obligations());
        assertEquals(whole.ledger().reminders(), secondHalf.ledger().reminders());
        assertEquals(whole.ledger().alerts(), secondHalf.ledger().alerts());
        assertEquals(whole.received(), secondHalf.received());
        assertEquals(whole.received(), firstHalf.receivedThisRun() + secondHalf.receivedThisRun());
    }

    @Test
    void runAfterTheYear_addsNothingAndDropsNoRepeat() {
        assertEquals(0, again.year().days());
        assertTrue(outputs.get(3).contains("  Progress       nothing left: the year is done"), outputs.get(3));
        assertEquals(0, again.receivedThisRun());
        assertEquals(secondHalf.received(), again.received());
        assertEquals(secondHalf.ledger(), again.ledger());
        // Every run's deliveries were new to the receiver: the outbox delivered each message once.
        assertEquals(0, whole.duplicatesDropped() + firstHalf.duplicatesDropped() + secondHalf.duplicatesDropped()
                + again.duplicatesDropped());
    }
}
