package io.pactum.spi.access;

/** Whose contracts a rule covers, relative to the actor. */
public enum Scope {
    /** Every contract. */
    ANY_DEPARTMENT,
    /** Contracts of the actor's own department. */
    OWN_DEPARTMENT,
    /** Contracts the actor owns. */
    OWNER_ONLY
}
