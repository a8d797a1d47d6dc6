package io.pactum.examples.quickstart.ledger;

import io.pactum.core.money.Money;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders a ledger as one self-contained HTML page: inline CSS, inline SVG charts, no scripts, no
 * web fonts, no links to anything outside the page. Every text from the ledger is escaped.
 */
final class HtmlLedger {

    private static final String CSS = """
            body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:24px;color:#1f2933;background:#f7f8fa}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
            .muted{color:#616e7c;font-size:13px}
            .cards{display:flex;flex-wrap:wrap;gap:12px;margin-top:16px}
            .card{background:#fff;border:1px solid #d9dee5;border-radius:6px;padding:10px 14px;min-width:150px}
            .card b{display:block;font-size:18px;margin-top:2px}
            table{border-collapse:collapse;background:#fff;font-size:13px;width:100%}
            th,td{border:1px solid #d9dee5;padding:5px 8px;text-align:left;vertical-align:top}
            th{background:#eef1f5;white-space:nowrap}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .badge{border-radius:10px;padding:1px 8px;font-size:12px;white-space:nowrap}
            .SETTLED{background:#d3f9d8;color:#2b8a3e}.OVERDUE{background:#ffe3e3;color:#c92a2a}
            .DUE_SOON{background:#fff3bf;color:#a66f00}.PARTLY_PAID{background:#e7f5ff;color:#1864ab}
            .OPEN{background:#f1f3f5;color:#495057}.PENDING{background:#f3f0ff;color:#5f3dc4}
            .CRITICAL,.HIGH{background:#ffe3e3;color:#c92a2a}.MEDIUM{background:#fff3bf;color:#a66f00}
            .LOW,.INFO{background:#e7f5ff;color:#1864ab}
            figure{background:#fff;border:1px solid #d9dee5;border-radius:6px;margin:0 0 12px;padding:8px;display:inline-block}
            figcaption{font-size:13px;color:#616e7c;margin:0 0 4px 4px}
            svg.chart .grid{stroke:#e4e7eb;stroke-width:1}svg.chart .axis,svg.chart .legend{font-size:11px;fill:#52606d}
            svg.chart .due{fill:#9fb3c8}svg.chart .done{fill:#2f9e44}
            """;

    private HtmlLedger() {
    }

    static String render(LedgerFigures f, int maxListed) {
        Ledger l = f.ledger();
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(l.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(Html.escape(l.title())).append("</h1>\n<div class=\"muted\">as of ")
                .append(l.asOf()).append(" · ").append(Amounts.count(l.contracts().size())).append(" contracts · ")
                .append(Amounts.count(l.obligations().size())).append(" obligations</div>\n");
        cards(h, f);

        h.append("<h2>收付款 Payments due and received by month, ").append(l.asOf().getYear()).append("</h2>\n");
        if (f.flows().isEmpty()) {
            h.append("<p class=\"muted\">No payments.</p>\n");
        }
        for (LedgerFigures.MonthlyFlow flow : f.flows()) {
            h.append("<figure>\n<figcaption>").append(Html.escape((flow.direction().name().equals("PAYMENT_IN")
                    ? "应收款 Receivables" : "应付款 Payables") + ", " + flow.currency().getCurrencyCode()))
                    .append("</figcaption>\n").append(SvgChart.render(flow)).append("</figure>\n");
        }

        h.append("<h2>合同台账 Contracts</h2>\n");
        table(h, List.of("合同编号", "合同名称", "类型", "相对方", "合同金额", "已收款", "未收款", "状态", "下一节点", "逾期"),
                f.rows(), maxListed, r -> {
                    LedgerContract c = r.contract();
                    LedgerObligation next = r.next();
                    LiveStatus nextStatus = r.nextStatus();
                    return td(c.number()) + td(c.title()) + td(c.type()) + td(c.counterparty()) + num(Amounts.format(c.value()))
                            + num(Amounts.plain(r.received())) + num(Amounts.plain(r.outstanding())) + td(c.status().name())
                            + (next == null || nextStatus == null ? td("—") : "<td>" + Html.escape(next.dueDate() + " " + next.title())
                            + " " + badge(nextStatus.name(), ConsoleLedger.status(next, nextStatus, l)) + "</td>")
                            + num(Integer.toString(r.overdue()));
                });

        Map<String, LedgerContract> byId = l.contracts().stream().collect(Collectors.toMap(LedgerContract::id, c -> c));
        h.append("<h2>履约节点 Obligations</h2>\n");
        table(h, List.of("合同编号", "节点", "名称", "到期日", "应付/应收", "已付/已收", "状态"), l.obligations(), maxListed, o -> {
            LiveStatus live = LiveStatus.of(o, l.asOf());
            Money amount = o.amount();
            Money paid = o.paidBy(l.asOf());
            return td(byId.get(o.contractId()).number()) + td(o.key()) + td(o.title())
                    + td(o.dueDate() == null ? "—" : o.dueDate().toString()) + num(amount == null ? "" : Amounts.format(amount))
                    + num(paid == null ? "" : Amounts.plain(paid)) + "<td>" + badge(live.name(), ConsoleLedger.status(o, live, l))
                    + "</td>";
        });

        h.append("<h2>预警 Alerts</h2>\n");
        table(h, List.of("日期", "合同编号", "级别", "规则", "说明"), l.alerts(), maxListed, a -> td(a.raisedOn().toString())
                + td(a.contractNumber()) + "<td>" + badge(a.severity().name(), a.severity().name()) + "</td>" + td(a.ruleId())
                + td(a.message()));

        h.append("<h2>提醒 Reminders sent</h2>\n");
        table(h, List.of("日期", "合同编号", "节点", "提前/升级", "收件人", "渠道"), l.reminders(), maxListed, r -> td(r.sentOn().toString())
                + td(r.contractNumber()) + td(r.obligationKey()) + td(r.lead()) + td(r.recipient()) + td(r.channel()));

        h.append("<p class=\"muted\">Generated by the Pactum quickstart. Self-contained: no scripts, fonts or links.</p>\n")
                .append("</body>\n</html>\n");
        return h.toString();
    }

    private static void cards(StringBuilder h, LedgerFigures f) {
        LedgerFigures.Summary s = f.summary();
        h.append("<div class=\"cards\">\n");
        card(h, "合同 Contracts", Amounts.count(f.ledger().contracts().size()));
        card(h, "合同金额 Contracted", sums(s.contractedByCurrency()));
        card(h, "已收款 Received", sums(s.receivedByCurrency()));
        card(h, "逾期 Overdue", s.overdueByCurrency().isEmpty() ? "—" : sums(s.overdueByCurrency()));
        card(h, "提醒 Reminders", Amounts.count(s.reminders()));
        card(h, "预警 Alerts", Amounts.count(f.ledger().alerts().size()));
        h.append("</div>\n");
    }

    private static void card(StringBuilder h, String label, String value) {
        h.append("<div class=\"card\">").append(Html.escape(label)).append("<b>").append(Html.escape(value))
                .append("</b></div>\n");
    }

    private static String sums(Map<?, Money> sums) {
        return sums.values().stream().map(Amounts::format).collect(Collectors.joining(" + "));
    }

    private static <T> void table(StringBuilder h, List<String> headers, List<T> rows, int maxListed, Function<T, String> cells) {
        if (rows.isEmpty()) {
            h.append("<p class=\"muted\">None.</p>\n");
            return;
        }
        h.append("<table>\n<tr>");
        headers.forEach(x -> h.append("<th>").append(Html.escape(x)).append("</th>"));
        h.append("</tr>\n");
        for (T row : rows.subList(0, Math.min(maxListed, rows.size()))) {
            h.append("<tr>").append(cells.apply(row)).append("</tr>\n");
        }
        h.append("</table>\n");
        if (rows.size() > maxListed) {
            h.append(String.format(Locale.ROOT, "<p class=\"muted\">… and %,d more.</p>%n", rows.size() - maxListed));
        }
    }

    private static String td(String text) {
        return "<td>" + Html.escape(text) + "</td>";
    }

    private static String num(String text) {
        return "<td class=\"num\">" + Html.escape(text) + "</td>";
    }

    private static String badge(String cls, String text) {
        return "<span class=\"badge " + Html.escape(cls) + "\">" + Html.escape(text) + "</span>";
    }
}
