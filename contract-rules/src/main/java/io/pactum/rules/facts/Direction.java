package io.pactum.rules.facts;

/** Which side of the deal the organisation is on: it sells, it buys, or neither (an NDA). */
public enum Direction {
    /** The organisation sells (a customer contract). */
    SELL_SIDE,
    /** The organisation buys (a supplier or procurement contract). */
    BUY_SIDE,
    /** Neither side pays the other (a mutual NDA, a framework without volume). */
    NEUTRAL
}
