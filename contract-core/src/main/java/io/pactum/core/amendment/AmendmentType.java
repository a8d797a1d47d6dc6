package io.pactum.core.amendment;

/** The kinds of amendment. Immutable and thread-safe. */
public enum AmendmentType {
    /** Names, addresses, contacts: no commercial change. */
    ADMINISTRATIVE,
    /** A new contract value. */
    PRICE_CHANGE,
    /** A new scope and obligation plan, possibly with a new value. */
    SCOPE_CHANGE,
    /** A new end date and possibly new renewal terms. */
    RENEWAL,
    /** The contract ends early. */
    TERMINATION
}
