package io.pactum.core.clause;

/**
 * What a clause is about. Approval routing and risk rules speak in categories ("a fallback in
 * LIABILITY_CAP needs legal"), so the set is closed and names are stable.
 */
public enum ClauseCategory {
    /** Definitions and interpretation. */
    DEFINITIONS,
    /** Scope of services or goods. */
    SCOPE,
    /** Price, payment terms, milestones, retention money. */
    PAYMENT,
    /** Delivery of goods or services. */
    DELIVERY,
    /** Acceptance testing and sign-off. */
    ACCEPTANCE,
    /** Warranty. */
    WARRANTY,
    /** Confidentiality. */
    CONFIDENTIALITY,
    /** Liability and indemnities. */
    LIABILITY,
    /** The cap on liability. */
    LIABILITY_CAP,
    /** Intellectual property ownership and licences. */
    INTELLECTUAL_PROPERTY,
    /** Data protection and privacy. */
    DATA_PROTECTION,
    /** Term and termination. */
    TERMINATION,
    /** Force majeure. */
    FORCE_MAJEURE,
    /** Dispute resolution: courts or arbitration. */
    DISPUTE_RESOLUTION,
    /** Governing law. */
    GOVERNING_LAW,
    /** Notices, assignment, entire agreement and other boilerplate. */
    GENERAL
}
