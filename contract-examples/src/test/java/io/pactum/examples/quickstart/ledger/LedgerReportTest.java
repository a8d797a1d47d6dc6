package io.pactum.examples.quickstart.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractStatus;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.ObligationKind;
import io.pactum.rules.risk.Severity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerReportTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-07-10");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static LedgerObligation payment(String contract, String key, String title, String amount, String currency,
            @Nullable String due, Receipt... receipts) {
        return new LedgerObligation(contract, key, title, ObligationKind.PAYMENT_IN, Money.of(amount, currency),
                due == null ? null : d(due), List.of(receipts), null);
    }

    private static Receipt paid(String on, String amount, String currency) {
        return new Receipt(d(on), Money.of(amount, currency));
    }

    private static Ledger ledger(String title, String counterparty) {
        LedgerContract service = new LedgerContract("c-1", "SC-2026-000101", "企业数据平台运维技术服务合同", "service",
                "上海明达科技有限公司", Money.of("1200000.00", "CNY"), ContractStatus.ACTIVE);
        LedgerContract sales = new LedgerContract("c-2", "SA-2026-000001", "Routers", "sales", counterparty,
                Money.of("27500.00", "USD"), ContractStatus.SIGNED);
        return new Ledger(title, AS_OF, List.of(service, sales), List.of(
                payment("c-1", "down-payment#0", "预付款（30%）", "360000.00", "CNY", "2026-01-23",
                        paid("2026-01-22", "360000.00", "CNY")),
                payment("c-1", "progress#0", "进度款（30%）", "360000.00", "CNY", "2026-06-30",
                        paid("2026-07-03", "100000.00", "CNY")),
                new LedgerObligation("c-1", "monthly-report#5", "月度运维报告", ObligationKind.REPORT, null, d("2026-06-30"),
                        List.of(), d("2026-06-29")),
                new LedgerObligation("c-1", "monthly-report#6", "月度运维报告", ObligationKind.REPORT, null, d("2026-07-15"),
                        List.of(), null),
                payment("c-1", "acceptance-payment#0", "验收款（30%）", "360000.00", "CNY", null),
                payment("c-2", "deposit#0", "Deposit (20%)", "5500.00", "USD", "2026-03-05", paid("2026-03-04", "5500.00", "USD")),
                // 2,000 paid early; the 20,000 of 2026-07-20 lies after the as-of date and does not count yet.
                payment("c-2", "balance#0", "Balance (80%)", "22000.00", "USD", "2026-08-14",
                        paid("2026-07-01", "2000.00", "USD"), paid("2026-07-20", "20000.00", "USD"))),
                List.of(new SentReminder(d("2026-06-23"), "SC-2026-000101", "progress#0", "P7D", "u-zhang", "email"),
                        new SentReminder(d("2026-07-01"), "SC-2026-000101", "progress#0", "+P1D", "u-head-east", "email")),
                List.of(new RaisedAlert(d("2026-07-01"), "SC-2026-000101", Severity.MEDIUM, "payment-overdue",
                        "合同SC-2026-000101的应收款项progress#0（CNY 260000.00）应于2026-06-30支付，已逾期1-30天。")));
    }

    private static String console(Ledger ledger) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LedgerReport.of(ledger).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Terminal columns: Han characters and full-width forms take two. */
    private static int columns(String s) {
        return s.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0xFF00 && cp <= 0xFF60) ? 2 : 1).sum();
    }

    @Test
    void liveStatus_eachCaseOnTheAsOfDate() {
        Ledger l = ledger("合同台账 2026", "Contoso Logistics GmbH");
        Map<String, LiveStatus> expected = Map.of("down-payment#0", LiveStatus.SETTLED, "progress#0", LiveStatus.OVERDUE,
                "monthly-report#5", LiveStatus.SETTLED, "monthly-report#6", LiveStatus.DUE_SOON,
                "acceptance-payment#0", LiveStatus.PENDING, "deposit#0", LiveStatus.SETTLED,
                "balance#0", LiveStatus.PARTLY_PAID);
        for (LedgerObligation o : l.obligations()) {
            assertEquals(expected.get(o.key()), LiveStatus.of(o, AS_OF), o.key());
        }
        // After the balance is paid in full it is settled.
        LedgerObligation balance = l.obligations().get(6);
        assertEquals(LiveStatus.SETTLED, LiveStatus.of(balance, d("2026-07-20")));
        // Due in exactly seven days counts as due soon, eight days not.
        assertEquals(LiveStatus.DUE_SOON, LiveStatus.of(l.obligations().get(3), d("2026-07-08")));
        assertEquals(LiveStatus.OPEN, LiveStatus.of(l.obligations().get(3), d("2026-07-07")));
    }

    @Test
    void figures_receivedOutstandingNextAndOverduePerContract() {
        LedgerFigures f = LedgerReport.of(ledger("t", "Contoso")).figures();
        LedgerFigures.ContractRow service = f.rows().get(0);
        assertEquals(Money.of("460000.00", "CNY"), service.received());
        // The acceptance payment has no date yet, so only the rest of the progress payment is outstanding.
        assertEquals(Money.of("260000.00", "CNY"), service.outstanding());
        assertEquals("progress#0", Optional.ofNullable(service.next()).orElseThrow().key());
        assertEquals(1, service.overdue());
        LedgerFigures.ContractRow sales = f.rows().get(1);
        assertEquals(Money.of("7500.00", "USD"), sales.received());
        assertEquals(Money.of("20000.00", "USD"), sales.outstanding());
        assertEquals(Map.of(java.util.Currency.getInstance("CNY"), Money.of("260000.00", "CNY")), f.summary().overdueByCurrency());
    }

    @Test
    void figures_monthlyFlowsPerCurrency_dueByDueDateSettledByPaymentDateUpToAsOf() {
        List<LedgerFigures.MonthlyFlow> flows = LedgerReport.of(ledger("t", "Contoso")).figures().flows();
        assertEquals(List.of("CNY", "USD"), flows.stream().map(x -> x.currency().getCurrencyCode()).toList());
        LedgerFigures.MonthlyFlow cny = flows.get(0);
        assertEquals(Money.of("360000.00", "CNY"), cny.months().get(0).due());
        assertEquals(Money.of("360000.00", "CNY"), cny.months().get(0).settled());
        assertEquals(Money.of("360000.00", "CNY"), cny.months().get(5).due());
        assertEquals(Money.of("100000.00", "CNY"), cny.months().get(6).settled());
        LedgerFigures.MonthlyFlow usd = flows.get(1);
        assertEquals(Money.of("2000.00", "USD"), usd.months().get(6).settled());
        assertEquals(Money.of("22000.00", "USD"), usd.months().get(7).due());
    }

    @Test
    void print_contractTableWithLiveStatusRemindersAlertsAndSummary() {
        String out = console(ledger("合同台账 2026", "Contoso Logistics GmbH"));
        assertTrue(out.startsWith("合同台账 2026 — as of 2026-07-10\n"), out);
        assertTrue(out.contains("逾期 10天"), out);
        assertTrue(out.contains("即将到期 5天后"), out);
        assertTrue(out.contains("待触发"), out);
        assertTrue(out.contains("提醒 Reminders sent (2)"), out);
        assertTrue(out.contains("预警 Alerts raised (1)"), out);
        assertTrue(out.contains("  Received       CNY 460,000.00 + USD 7,500.00"), out);
        assertTrue(out.contains("  Overdue        CNY 260,000.00"), out);
        assertTrue(out.contains("  Alerts         1 (MEDIUM 1)"), out);
    }

    @Test
    void print_columnsLineUpWithChineseText() {
        String out = console(ledger("合同台账 2026", "Contoso Logistics GmbH"));
        List<String> lines = out.lines().toList();
        int header = lines.indexOf(lines.stream().filter(x -> x.startsWith("合同编号") && x.contains("合同金额")).findFirst().orElseThrow());
        // The right edge of the right-aligned amount column is at the same terminal column in every row.
        String head = lines.get(header);
        int edge = columns(head.substring(0, head.indexOf("合同金额") + "合同金额".length()));
        for (String row : List.of(lines.get(header + 2), lines.get(header + 3))) {
            String value = row.contains("CNY 1,200,000.00") ? "CNY 1,200,000.00" : "USD 27,500.00";
            assertEquals(edge, columns(row.substring(0, row.indexOf(value) + value.length())), row);
        }
    }

    @Test
    void html_selfContainedWithInlineChart() {
        String html = LedgerReport.of(ledger("合同台账 2026", "Contoso")).html();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertEquals(2, html.split("<svg ", -1).length - 1, "one chart per currency");
        String lower = html.toLowerCase(Locale.ROOT);
        for (String external : List.of("<script", "<link", "src=", "href=", "@import", "url(", "https:")) {
            assertFalse(lower.contains(external), external);
        }
        // January: 360,000 due on a scale of 500,000 over 190 pixels is a bar of 136.8.
        assertTrue(html.contains("height=\"136.8\"><title>1月 应收 due: CNY 360,000.00</title>"), html);
        assertTrue(html.contains(">500K</text>"), html);
    }

    @Test
    void html_titleWithScriptTag_isEscaped() {
        String html = LedgerReport.of(ledger("<script>alert('x')</script> & ledger", "Evil \"Co\" <b>")).html();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<title>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; ledger</title>"), html);
        assertTrue(html.contains("<td>Evil &quot;Co&quot; &lt;b&gt;</td>"), html);
    }

    @Property(tries = 200)
    void html_anyCounterpartyName_appearsOnlyEscaped(@ForAll String name) {
        String html = LedgerReport.of(ledger("t", name)).html();
        String baseline = LedgerReport.of(ledger("t", "x")).html();
        // The markup is the same whatever the name: the name adds no tags.
        assertEquals(count(baseline, '<'), count(html, '<'));
        assertEquals(count(baseline, '>'), count(html, '>'));
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    @Test
    void writeHtml_createsTheFolderAndWritesUtf8(@TempDir Path dir) throws Exception {
        Path file = LedgerReport.of(ledger("合同台账", "Contoso")).writeHtml(dir.resolve("out/ledger.html"));
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("<h1>合同台账</h1>"));
    }

    @Test
    void ledger_obligationOfUnknownContractOrOtherCurrency_isRefused() {
        LedgerContract c = new LedgerContract("c-1", "N-1", "t", "service", "p", Money.of("1.00", "CNY"), ContractStatus.ACTIVE);
        assertThrows(IllegalArgumentException.class, () -> new Ledger("t", AS_OF, List.of(c),
                List.of(payment("c-9", "k", "t", "1.00", "CNY", "2026-01-01")), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Ledger("t", AS_OF, List.of(c),
                List.of(payment("c-1", "k", "t", "1.00", "USD", "2026-01-01")), List.of(), List.of()));
        assertNull(new LedgerObligation("c-1", "r", "t", ObligationKind.REPORT, null, null, List.of(), null).paidBy(AS_OF));
    }
}
