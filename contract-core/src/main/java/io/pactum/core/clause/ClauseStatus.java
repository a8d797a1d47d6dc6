package io.pactum.core.clause;

/** The status of a clause version. Only approved versions may be used in a composed contract. */
public enum ClauseStatus {
    /** Being written; not usable for drafting. */
    DRAFT,
    /** Approved by legal; usable. */
    APPROVED,
    /** Withdrawn; never usable again, kept for contracts that already used it. */
    RETIRED
}
