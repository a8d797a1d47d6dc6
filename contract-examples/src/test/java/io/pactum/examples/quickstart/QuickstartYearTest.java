package io.pactum.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractStatus;
import io.pactum.core.money.Money;
import io.pactum.examples.quickstart.cli.QuickstartOptions;
import io.pactum.examples.quickstart.ledger.Ledger;
import io.pactum.examples.quickstart.ledger.LedgerContract;
import io.pactum.examples.quickstart.ledger.LedgerObligation;
import io.pactum.examples.quickstart.ledger.RaisedAlert;
import io.pactum.examples.quickstart.ledger.SentReminder;
import io.pactum.examples.quickstart.runtime.RuntimeYear;
import io.pactum.rules.risk.Severity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.pactum.examples.quickstart.year.SimulatedClock;
import io.pactum.examples.quickstart.year.SimulatedYear;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples' year 2026 played on the runtime over an H2 file; expectations derived by hand from the
 * script and the plans.
 */
class QuickstartYearTest {

    @TempDir
    static Path dir;
    static Ledger ledger;
    static String out;

    @BeforeAll
    static void playTheYear() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuickstartOptions options = QuickstartOptions.parse(List.of("--jdbc-url=jdbc:h2:file:" + dir.resolve("db"),
                "--report=" + dir.resolve("ledger.html")));
        ledger = RuntimeYear.run(QuickstartData.load(), options, new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .ledger();
        out = bytes.toString(StandardCharsets.UTF_8);
    }

    private static LedgerObligation obligation(String contractId, String key) {
        return ledger.obligationsOf(contractId).stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void year_everySampleActiveAtTheEndWithTheAmendedServiceValue() {
        assertEquals(List.of(ContractStatus.ACTIVE, ContractStatus.ACTIVE, ContractStatus.ACTIVE),
                ledger.contracts().stream().map(LedgerContract::status).toList());
        assertEquals(Money.of("1320000.00", "CNY"), ledger.contracts().get(0).value());
    }

    @Test
    void year_amendment_settledPaymentsKeepTheirAmountOpenOnesShareTheRestOfTheNewValue() {
        // Down payment and progress payment were settled before the amendment of 2026-08-01.
        assertEquals(Money.of("360000.00", "CNY"), obligation("c-sc-2026-000101", "down-payment#0").amount());
        assertEquals(Money.of("360000.00", "CNY"), obligation("c-sc-2026-000101", "progress#0").amount());
        // 1,320,000.00 - 720,000.00 settled = 600,000.00 left, shared 30 : 10 by the open lines' plan shares,
        // so the schedule adds up to the new value.
        assertEquals(Money.of("450000.00", "CNY"), obligation("c-sc-2026-000101", "acceptance-payment#0").amount());
        assertEquals(Money.of("150000.00", "CNY"), obligation("c-sc-2026-000101", "retention#0").amount());
        // Accepted Mon 2026-09-28: 15 business days over National Day are 23 October; retention a year after.
        assertEquals(LocalDate.parse("2026-10-23"), obligation("c-sc-2026-000101", "acceptance-payment#0").dueDate());
        assertEquals(LocalDate.parse("2027-09-28"), obligation("c-sc-2026-000101", "retention#0").dueDate());
    }

    @Test
    void year_reminders_notSentOncePaidAndEscalatedWhenLate() {
        List<SentReminder> downPayment = ledger.reminders().stream()
                .filter(r -> r.obligationKey().equals("down-payment#0")).toList();
        // Due 01-23: P7D on 01-16, P3D on 01-20; paid on 01-22 before the P1D reminder went out.
        assertEquals(List.of("2026-01-16 P7D", "2026-01-20 P3D"),
                downPayment.stream().map(r -> r.sentOn() + " " + r.lead()).toList());
        // The May report, due 05-29 and handed in on 06-08, escalates to the owner's manager the day after.
        assertTrue(ledger.reminders().stream().anyMatch(r -> r.obligationKey().equals("monthly-report#4")
                && r.lead().equals("+P1D") && r.sentOn().equals(LocalDate.parse("2026-05-30"))), ledger.reminders()::toString);
    }

    @Test
    void year_alerts_latePaymentsAndTheLateReportAndTheRenewalWindow() {
        List<String> alerts = ledger.alerts().stream()
                .map(a -> a.raisedOn() + " " + a.contractNumber() + " " + a.ruleId() + " " + a.severity()).toList();
        // Balance due 05-14, 10,000 of 22,000 paid that day: overdue from 05-15, the 31-60 bucket from 06-14.
        assertTrue(alerts.contains("2026-05-15 SA-2026-000001 payment-overdue LOW"), alerts::toString);
        assertTrue(alerts.contains("2026-06-14 SA-2026-000001 payment-overdue MEDIUM"), alerts::toString);
        // Report due 05-29 with 3 days' grace for service contracts: overdue from 06-02.
        assertTrue(alerts.contains("2026-06-02 SC-2026-000101 obligation-overdue MEDIUM"), alerts::toString);
        // Progress payment due 06-30, first part paid 07-03: overdue on 07-01.
        assertTrue(alerts.contains("2026-07-01 SC-2026-000101 payment-overdue MEDIUM"), alerts::toString);
        // Term ends 2027-01-14, 30 days' notice: cancel by 12-15, watched 30 days before.
        assertTrue(alerts.contains("2026-11-15 SC-2026-000101 cancel-by HIGH"), alerts::toString);
        assertTrue(ledger.alerts().stream().map(RaisedAlert::severity).noneMatch(s -> s == Severity.CRITICAL));
    }

    @Test
    void year_consoleAndHtml() throws Exception {
        assertTrue(out.contains("  Received       CNY 1,170,000.00 + USD 27,500.00"), out);
        assertTrue(out.contains("  Overdue        none"), out);
        assertTrue(out.contains("  2026-08-01 SC-2026-000101 amended: 补充协议一"), out);
        String html = Files.readString(dir.resolve("ledger.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>合同台账 2026</h1>"), html);
        assertEquals(2, html.split("<svg ", -1).length - 1, "a chart for CNY and one for USD");
    }

    /** The same year with the core and rules only (no runtime, no database): the reference. */
    private static Ledger coreYear() {
        QuickstartData data = QuickstartData.load();
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        SimulatedClock clock = SimulatedClock.at(data.year().year().atDay(1).atStartOfDay(zone).toInstant(), zone);
        CoreYearHooks hooks = new CoreYearHooks(data, clock);
        SimulatedYear.of(clock, data.year()).run(hooks);
        return hooks.ledger("core", data.year().year().atMonth(12).atEndOfMonth());
    }

    @Test
    void runtimeYear_sendsTheRemindersTheCoreReferencePlans() {
        List<String> core = coreYear().reminders().stream()
                .map(r -> r.sentOn() + " " + r.contractNumber() + " " + r.obligationKey() + " " + r.lead()).sorted().toList();
        List<String> runtime = ledger.reminders().stream()
                .map(r -> r.sentOn() + " " + r.contractNumber() + " " + r.obligationKey() + " " + r.lead()).sorted().toList();
        assertEquals(core, runtime);
    }

    @Test
    void runtimeYear_raisesTheAlertsTheCoreReferenceRaises() {
        List<String> core = coreYear().alerts().stream()
                .map(a -> a.raisedOn() + " " + a.contractNumber() + " " + a.ruleId() + " " + a.severity()).sorted().toList();
        List<String> runtime = ledger.alerts().stream()
                .map(a -> a.raisedOn() + " " + a.contractNumber() + " " + a.ruleId() + " " + a.severity()).sorted().toList();
        assertEquals(core, runtime);
    }

    @Test
    void runtimeYear_obligationLedgersMatchTheCoreReference() {
        List<String> core = coreYear().obligations().stream().map(QuickstartYearTest::line).sorted().toList();
        List<String> runtime = ledger.obligations().stream().map(QuickstartYearTest::line).sorted().toList();
        assertEquals(core, runtime);
    }

    private static String line(LedgerObligation o) {
        return o.contractId() + " " + o.key() + " " + o.amount() + " due " + o.dueDate() + " paid " + o.receipts()
                + " done " + o.fulfilledOn();
    }
}
