package io.pactum.core.contract;

/** Which way money flows under a contract, from our point of view. */
public enum Direction {
    /** Sell side: the contract brings income (a sales or service contract we deliver). */
    SELL_SIDE,
    /** Buy side: the contract is an expense (a purchase order, a supplier agreement). */
    BUY_SIDE,
    /** No money flows by itself (a non-disclosure or framework agreement). */
    NEUTRAL
}
