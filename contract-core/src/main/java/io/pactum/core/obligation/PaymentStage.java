package io.pactum.core.obligation;

/** Where a payment sits in the contract's payment plan. Immutable and thread-safe. */
public enum PaymentStage {
    /** Paid up front, usually on signature or effective date (预付款). */
    DOWN_PAYMENT,
    /** Paid as work progresses (进度款). */
    PROGRESS,
    /** Paid once the delivery is accepted (验收款). */
    ACCEPTANCE,
    /** The final settlement (尾款). */
    FINAL,
    /** Retention money (质保金), held until the warranty period ends. */
    RETENTION,
    /** A recurring fee (subscription, rent, service fee). */
    RECURRING_FEE
}
