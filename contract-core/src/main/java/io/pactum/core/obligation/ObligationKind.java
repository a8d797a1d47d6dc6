package io.pactum.core.obligation;

/** What an obligation is about. Immutable and thread-safe. */
public enum ObligationKind {
    /** Money we receive; needs an amount and a {@link PaymentStage}. */
    PAYMENT_IN,
    /** Money we pay; needs an amount and a {@link PaymentStage}. */
    PAYMENT_OUT,
    /** Goods or services delivered. */
    DELIVERY,
    /** The delivery inspected and accepted. */
    ACCEPTANCE,
    /** A report handed over (progress, compliance, usage...). */
    REPORT,
    /** Anything else the contract promises. */
    CUSTOM;

    /** Whether this kind moves money and so needs an amount. */
    public boolean isPayment() {
        return this == PAYMENT_IN || this == PAYMENT_OUT;
    }
}
