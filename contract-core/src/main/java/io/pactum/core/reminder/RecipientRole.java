package io.pactum.core.reminder;

/**
 * Who receives a reminder, by role relative to the obligation; the host's directory resolves the
 * role to people. Immutable and thread-safe.
 */
public enum RecipientRole {
    /** The obligation's owner (a person, or the people in the owner role). */
    OWNER,
    /** The owner's manager. */
    OWNER_MANAGER,
    /** The owner of the contract. */
    CONTRACT_OWNER,
    /** The head of the owner's department. */
    DEPARTMENT_HEAD
}
