package io.pactum.examples.quickstart.ledger;

import io.pactum.core.money.Money;
import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a ledger on a console: the 合同台账 table, the obligations, reminders, alerts and a summary. */
final class ConsoleLedger {

    private ConsoleLedger() {
    }

    static void print(LedgerFigures f, PrintStream out, int maxListed) {
        Ledger l = f.ledger();
        out.println(l.title() + " — as of " + l.asOf());
        out.println();
        out.println("合同台账 Contracts");
        TextTable contracts = new TextTable(List.of("合同编号", "合同名称", "类型", "相对方", "合同金额", "已收款", "未收款",
                "状态", "下一节点", "逾期"), false, false, false, false, true, true, true, false, false, true);
        for (LedgerFigures.ContractRow r : f.rows().subList(0, Math.min(maxListed, f.rows().size()))) {
            LedgerContract c = r.contract();
            contracts.row(c.number(), c.title(), c.type(), c.counterparty(), Amounts.format(c.value()),
                    Amounts.plain(r.received()), Amounts.plain(r.outstanding()), c.status().name(), next(r, l),
                    Integer.toString(r.overdue()));
        }
        out.print(contracts.render());
        more(out, f.rows().size(), maxListed);

        out.println();
        out.println("履约节点 Obligations");
        TextTable obligations = new TextTable(List.of("合同编号", "节点", "名称", "到期日", "应付/应收", "已付/已收", "状态"),
                false, false, false, false, true, true, false);
        Map<String, LedgerContract> byId = l.contracts().stream().collect(Collectors.toMap(LedgerContract::id, c -> c));
        List<LedgerObligation> listed = l.obligations();
        for (LedgerObligation o : listed.subList(0, Math.min(maxListed, listed.size()))) {
            LiveStatus live = LiveStatus.of(o, l.asOf());
            Money amount = o.amount();
            Money paid = o.paidBy(l.asOf());
            obligations.row(byId.get(o.contractId()).number(), o.key(), o.title(),
                    o.dueDate() == null ? "—" : o.dueDate().toString(), amount == null ? "" : Amounts.plain(amount),
                    paid == null ? "" : Amounts.plain(paid), status(o, live, l));
        }
        out.print(obligations.render());
        more(out, listed.size(), maxListed);

        out.println();
        out.println("提醒 Reminders sent (" + l.reminders().size() + ")");
        TextTable reminders = new TextTable(List.of("日期", "合同编号", "节点", "提前/升级", "收件人", "渠道"));
        l.reminders().stream().limit(maxListed).forEach(r ->
                reminders.row(r.sentOn().toString(), r.contractNumber(), r.obligationKey(), r.lead(), r.recipient(), r.channel()));
        out.print(l.reminders().isEmpty() ? "  none\n" : reminders.render());
        more(out, l.reminders().size(), maxListed);

        out.println();
        out.println("预警 Alerts raised (" + l.alerts().size() + ")");
        TextTable alerts = new TextTable(List.of("日期", "合同编号", "级别", "规则", "说明"));
        l.alerts().stream().limit(maxListed).forEach(a ->
                alerts.row(a.raisedOn().toString(), a.contractNumber(), a.severity().name(), a.ruleId(), a.message()));
        out.print(l.alerts().isEmpty() ? "  none\n" : alerts.render());
        more(out, l.alerts().size(), maxListed);

        out.println();
        out.println("汇总 Summary");
        LedgerFigures.Summary s = f.summary();
        out.println("  Contracts      " + Amounts.count(l.contracts().size()) + " " + counts(s.contractsByStatus()));
        out.println("  Obligations    " + Amounts.count(l.obligations().size()) + " " + counts(s.obligationsByStatus()));
        out.println("  Contracted     " + money(s.contractedByCurrency()));
        out.println("  Received       " + money(s.receivedByCurrency()));
        out.println("  Overdue        " + (s.overdueByCurrency().isEmpty() ? "none" : money(s.overdueByCurrency())));
        out.println("  Reminders      " + Amounts.count(s.reminders()));
        out.println(("  Alerts         " + Amounts.count(l.alerts().size()) + " " + counts(s.alertsBySeverity())).stripTrailing());
    }

    private static String next(LedgerFigures.ContractRow r, Ledger l) {
        LedgerObligation next = r.next();
        return next == null ? "—" : next.dueDate() + " " + next.title();
    }

    static String status(LedgerObligation o, LiveStatus live, Ledger l) {
        if (live == LiveStatus.OVERDUE && o.dueDate() != null) {
            return live.zh() + " " + ChronoUnit.DAYS.between(o.dueDate(), l.asOf()) + "天";
        }
        if (live == LiveStatus.DUE_SOON && o.dueDate() != null) {
            long days = ChronoUnit.DAYS.between(l.asOf(), o.dueDate());
            return live.zh() + (days == 0 ? " 今天" : " " + days + "天后");
        }
        return live.zh();
    }

    private static void more(PrintStream out, int size, int maxListed) {
        if (size > maxListed) {
            out.printf(Locale.ROOT, "  … and %,d more%n", size - maxListed);
        }
    }

    private static String counts(Map<? extends Enum<?>, Integer> counts) {
        return counts.isEmpty() ? "" : counts.entrySet().stream().map(e -> e.getKey().name() + " " + Amounts.count(e.getValue()))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String money(Map<?, Money> sums) {
        return sums.values().stream().map(Amounts::format).collect(Collectors.joining(" + "));
    }
}
