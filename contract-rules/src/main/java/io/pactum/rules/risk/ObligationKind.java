package io.pactum.rules.risk;

/** What an obligation is, as risk rules see it: it decides which rule watches it. */
public enum ObligationKind {
    /** Money the organisation is to receive; watched by {@link RiskRule#PAYMENT_OVERDUE}. */
    PAYMENT_IN,
    /** Money the organisation is to pay; watched by {@link RiskRule#PAYMENT_OVERDUE}. */
    PAYMENT_OUT,
    /** Goods or services to be delivered; watched by {@link RiskRule#DELIVERY_LATE}. */
    DELIVERY,
    /** An acceptance to be given; watched by {@link RiskRule#OBLIGATION_OVERDUE}. */
    ACCEPTANCE,
    /** A report to be delivered; watched by {@link RiskRule#OBLIGATION_OVERDUE}. */
    REPORT,
    /** Anything else with a due date; watched by {@link RiskRule#OBLIGATION_OVERDUE}. */
    CUSTOM;

    /** Whether this is a payment in either direction. */
    public boolean isPayment() {
        return this == PAYMENT_IN || this == PAYMENT_OUT;
    }
}
