package io.pactum.examples.quickstart.ledger;

import io.pactum.core.contract.ContractStatus;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.ObligationKind;
import io.pactum.rules.risk.Severity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The numbers behind both renderings of a {@link Ledger}, computed once: per contract what was
 * received, what is outstanding and what comes next; per currency and direction the payments due
 * and settled in each month of the as-of year; and the summary counts. Immutable.
 *
 * @param ledger the ledger
 * @param rows one row per contract, in ledger order
 * @param flows monthly payments, one per direction and currency that has any
 * @param summary the counts and totals
 */
public record LedgerFigures(Ledger ledger, List<ContractRow> rows, List<MonthlyFlow> flows, Summary summary) {

    /** Copies the lists. */
    public LedgerFigures {
        Objects.requireNonNull(ledger, "ledger");
        rows = List.copyOf(rows);
        flows = List.copyOf(flows);
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * A contract with its payment position on the as-of date.
     *
     * @param contract the contract
     * @param received incoming payments received so far
     * @param outstanding incoming payments dated and not yet received
     * @param next the earliest open obligation that has a date, if any
     * @param nextStatus its live status
     * @param overdue how many of its obligations are overdue
     */
    public record ContractRow(LedgerContract contract, Money received, Money outstanding, @Nullable LedgerObligation next,
            @Nullable LiveStatus nextStatus, int overdue) {
    }

    /**
     * Payments of one direction and currency by month of the as-of year.
     *
     * @param direction {@code PAYMENT_IN} (receivables) or {@code PAYMENT_OUT} (payables)
     * @param currency the currency
     * @param months the twelve months, January first
     */
    public record MonthlyFlow(ObligationKind direction, Currency currency, List<Month> months) {

        /** Copies the months. */
        public MonthlyFlow {
            months = List.copyOf(months);
        }

        /** The largest due or settled amount of any month (zero when there is none). */
        public Money peak() {
            Money peak = Money.zero(currency);
            for (Month m : months) {
                peak = max(max(peak, m.due()), m.settled());
            }
            return peak;
        }

        private static Money max(Money a, Money b) {
            return a.compareTo(b) >= 0 ? a : b;
        }
    }

    /**
     * One month of a flow.
     *
     * @param month the month
     * @param due payments whose due date falls in it
     * @param settled payments made in it up to the as-of date (received or paid out)
     */
    public record Month(YearMonth month, Money due, Money settled) {
    }

    /**
     * The short summary.
     *
     * @param contractsByStatus contracts per lifecycle status
     * @param obligationsByStatus obligations per live status
     * @param contractedByCurrency the sum of contract values per currency
     * @param receivedByCurrency incoming payments received per currency
     * @param overdueByCurrency overdue outstanding incoming payments per currency
     * @param reminders how many reminders were sent
     * @param alertsBySeverity alerts per severity
     */
    public record Summary(Map<ContractStatus, Integer> contractsByStatus, Map<LiveStatus, Integer> obligationsByStatus,
            Map<Currency, Money> contractedByCurrency, Map<Currency, Money> receivedByCurrency,
            Map<Currency, Money> overdueByCurrency, int reminders, Map<Severity, Integer> alertsBySeverity) {
    }

    /** Computes the figures of a ledger. */
    public static LedgerFigures of(Ledger ledger) {
        Objects.requireNonNull(ledger, "ledger");
        LocalDate asOf = ledger.asOf();
        Map<String, List<LedgerObligation>> byContract = new TreeMap<>();
        for (LedgerObligation o : ledger.obligations()) {
            byContract.computeIfAbsent(o.contractId(), k -> new ArrayList<>()).add(o);
        }
        Map<LiveStatus, Integer> byLive = new EnumMap<>(LiveStatus.class);
        Map<Currency, Money> received = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        Map<Currency, Money> overdue = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        List<ContractRow> rows = new ArrayList<>();
        for (LedgerContract c : ledger.contracts()) {
            Currency currency = c.value().currency();
            Money in = Money.zero(currency);
            Money open = Money.zero(currency);
            LedgerObligation next = null;
            LiveStatus nextStatus = null;
            int overdueCount = 0;
            for (LedgerObligation o : byContract.getOrDefault(c.id(), List.of())) {
                LiveStatus live = LiveStatus.of(o, asOf);
                byLive.merge(live, 1, Integer::sum);
                Money paid = o.paidBy(asOf);
                Money rest = o.outstandingOn(asOf);
                if (o.kind() == ObligationKind.PAYMENT_IN && paid != null && rest != null) {
                    in = in.plus(paid);
                    if (o.dueDate() != null) {
                        open = open.plus(rest);
                    }
                    if (live == LiveStatus.OVERDUE) {
                        overdue.merge(currency, rest, Money::plus);
                    }
                }
                if (live == LiveStatus.OVERDUE) {
                    overdueCount++;
                }
                LocalDate due = o.dueDate();
                if (live != LiveStatus.SETTLED && due != null && (next == null || due.isBefore(dueOf(next)))) {
                    next = o;
                    nextStatus = live;
                }
            }
            received.merge(currency, in, Money::plus);
            rows.add(new ContractRow(c, in, open, next, nextStatus, overdueCount));
        }
        Map<ContractStatus, Integer> byStatus = new EnumMap<>(ContractStatus.class);
        Map<Currency, Money> contracted = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (LedgerContract c : ledger.contracts()) {
            byStatus.merge(c.status(), 1, Integer::sum);
            contracted.merge(c.value().currency(), c.value(), Money::plus);
        }
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        ledger.alerts().forEach(a -> bySeverity.merge(a.severity(), 1, Integer::sum));
        Summary summary = new Summary(byStatus, byLive, contracted, received, overdue, ledger.reminders().size(), bySeverity);
        return new LedgerFigures(ledger, rows, flows(ledger), summary);
    }

    private static LocalDate dueOf(LedgerObligation o) {
        return Objects.requireNonNull(o.dueDate());
    }

    private static List<MonthlyFlow> flows(Ledger ledger) {
        int year = ledger.asOf().getYear();
        // direction -> currency -> month index -> [due, settled]
        Map<ObligationKind, Map<Currency, Money[][]>> sums = new EnumMap<>(ObligationKind.class);
        for (LedgerObligation o : ledger.obligations()) {
            Money amount = o.amount();
            if (amount == null) {
                continue;
            }
            Money[][] months = sums.computeIfAbsent(o.kind(), k -> new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode)))
                    .computeIfAbsent(amount.currency(), k -> zeros(k));
            LocalDate due = o.dueDate();
            if (due != null && due.getYear() == year) {
                months[due.getMonthValue() - 1][0] = months[due.getMonthValue() - 1][0].plus(amount);
            }
            for (Receipt r : o.receipts()) {
                if (r.on().getYear() == year && !r.on().isAfter(ledger.asOf())) {
                    months[r.on().getMonthValue() - 1][1] = months[r.on().getMonthValue() - 1][1].plus(r.amount());
                }
            }
        }
        List<MonthlyFlow> flows = new ArrayList<>();
        sums.forEach((direction, byCurrency) -> byCurrency.forEach((currency, months) -> {
            List<Month> list = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                list.add(new Month(YearMonth.of(year, m + 1), months[m][0], months[m][1]));
            }
            flows.add(new MonthlyFlow(direction, currency, list));
        }));
        return flows;
    }

    private static Money[][] zeros(Currency currency) {
        Money[][] months = new Money[12][2];
        for (Money[] m : months) {
            m[0] = Money.zero(currency);
            m[1] = Money.zero(currency);
        }
        return months;
    }
}
