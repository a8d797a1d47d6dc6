package io.pactum.core.obligation;

/** Which side of the contract must perform an obligation. Immutable and thread-safe. */
public enum Side {
    /** The organisation using Pactum. */
    US,
    /** The other party. */
    COUNTERPARTY
}
