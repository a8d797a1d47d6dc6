package io.pactum.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command as {@code main} runs it: {@link Quickstart#run(String[], PrintStream)} with flags. */
class QuickstartMainTest {

    @TempDir
    Path dir;

    private record Run(int status, String out) {
    }

    private static Run run(String... args) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = Quickstart.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(status, bytes.toString(StandardCharsets.UTF_8));
    }

    private String db() {
        return "--jdbc-url=jdbc:h2:file:" + dir.resolve("pactum-db");
    }

    @Test
    void mainCommand_printsEverySectionAndWritesTheHtmlLedgerWithItsCharts() throws IOException {
        Path html = dir.resolve("ledger.html");
        Run run = run(db(), "--report=" + html);
        assertEquals(0, run.status(), run.out());
        for (String section : List.of("Runtime on jdbc:h2:file:", "  Progress       a new year", "Simulated 2026 on the runtime:",
                "SA-2026-000001 rejected by u-head-intl", "SA-2026-000001 revised and resubmitted",
                "合同台账 Contracts", "履约节点 Obligations", "提醒 Reminders sent (66)", "预警 Alerts raised (5)",
                "汇总 Summary", "HTML ledger: " + html.toAbsolutePath())) {
            assertTrue(run.out().contains(section), () -> "missing \"" + section + "\" in:\n" + run.out());
        }
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<svg "), "the chart");
        assertTrue(page.contains("SC-2026-000101"), "the ledger's rows");
    }

    @Test
    void damagedDatabaseFile_oneLineWithTheAdaptersCode_andStatus3() throws IOException {
        Files.writeString(dir.resolve("pactum-db.mv.db"), "minutes of the 2025 board meeting, not a database\n".repeat(300));
        Run run = run(db(), "--report=" + dir.resolve("ledger.html"));
        assertEquals(Quickstart.DATABASE_ERROR, run.status(), run.out());
        List<String> errors = run.out().lines().filter(l -> l.startsWith("Error ")).toList();
        assertEquals(1, errors.size(), run.out());
        assertTrue(errors.get(0).startsWith("Error PCT-7004 at dataSource:"), errors.get(0));
        assertTrue(errors.get(0).endsWith("restore it, or start over with --reset"), errors.get(0));
        assertTrue(Files.notExists(dir.resolve("ledger.html")), "nothing is reported from a database that cannot be read");
    }

    @Test
    void databaseFileCutShort_oneLineWithTheAdaptersCode_andStatus3() throws IOException {
        // 7,200 bytes: H2 reads past the end of the file (its I/O error 90028 over an EOFException), which the
        // adapter reports as a damaged database.
        Files.writeString(dir.resolve("pactum-db.mv.db"), "minutes, not a database\n".repeat(300));
        Run run = run(db(), "--report=" + dir.resolve("ledger.html"));
        assertEquals(Quickstart.DATABASE_ERROR, run.status(), run.out());
        List<String> errors = run.out().lines().filter(l -> l.startsWith("Error ")).toList();
        assertEquals(1, errors.size(), run.out());
        assertTrue(errors.get(0).startsWith("Error PCT-7004 at dataSource: migrating the Pactum schema failed"),
                errors.get(0));
        assertTrue(errors.get(0).endsWith("or start over with --reset"), errors.get(0));
    }

    @Test
    void damagedDatabaseFile_resetStartsOver() throws IOException {
        Files.writeString(dir.resolve("pactum-db.mv.db"), "not a database\n".repeat(300));
        Run run = run(db(), "--report=" + dir.resolve("ledger.html"), "--reset", "--until=2026-01-02");
        assertEquals(0, run.status(), run.out());
        assertTrue(run.out().contains("  Next run       continues on 2026-01-03"), run.out());
    }

    @Test
    void badFlag_usageAndStatus2() throws IOException {
        Run run = run("--until=June");
        assertEquals(Quickstart.USAGE_ERROR, run.status());
        assertTrue(run.out().startsWith("PCT-1406 at --until: --until needs a date like 2026-06-30, got \"June\""), run.out());
    }
}
