package io.pactum.examples.quickstart.ledger;

import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The status of an obligation as the ledger shows it on a date: computed from the due date, the
 * amount paid and the fulfilment date, so the same values give the status of any day.
 */
public enum LiveStatus {
    /** Fulfilled, or paid in full. */
    SETTLED("已结清", "settled"),
    /** Past its due date and not settled. */
    OVERDUE("逾期", "overdue"),
    /** Due today or within the next {@link #DUE_SOON_DAYS} days. */
    DUE_SOON("即将到期", "due soon"),
    /** Partly paid, not yet due. */
    PARTLY_PAID("部分付款", "partly paid"),
    /** Dated, further away. */
    OPEN("未到期", "open"),
    /** Waiting for an event (acceptance, delivery…) to get a date. */
    PENDING("待触发", "pending");

    /** How many days ahead an obligation counts as due soon: the longest reminder lead time. */
    public static final int DUE_SOON_DAYS = 7;

    private final String zh;
    private final String en;

    LiveStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The Chinese label. */
    public String zh() {
        return zh;
    }

    /** The English label. */
    public String en() {
        return en;
    }

    /** The status of an obligation on a date. */
    public static LiveStatus of(LedgerObligation o, LocalDate asOf) {
        Objects.requireNonNull(o, "o");
        Objects.requireNonNull(asOf, "asOf");
        Money outstanding = o.outstandingOn(asOf);
        LocalDate fulfilled = o.fulfilledOn();
        boolean settled = outstanding != null ? outstanding.isZero() : fulfilled != null && !fulfilled.isAfter(asOf);
        if (settled) {
            return SETTLED;
        }
        LocalDate due = o.dueDate();
        if (due == null) {
            return PENDING;
        }
        if (due.isBefore(asOf)) {
            return OVERDUE;
        }
        if (ChronoUnit.DAYS.between(asOf, due) <= DUE_SOON_DAYS) {
            return DUE_SOON;
        }
        Money paid = o.paidBy(asOf);
        return paid != null && !paid.isZero() ? PARTLY_PAID : OPEN;
    }
}
