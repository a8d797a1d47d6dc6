package io.pactum.core.contract;

/** How widely a contract may be seen; access policies read it. Ordered from least to most restricted. */
public enum ConfidentialityLevel {
    /** Anyone in the organisation may see it. */
    INTERNAL,
    /** People of the owning department and the roles the policy names. */
    CONFIDENTIAL,
    /** Named people only. */
    STRICTLY_CONFIDENTIAL
}
