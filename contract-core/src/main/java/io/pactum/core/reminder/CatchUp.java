package io.pactum.core.reminder;

/**
 * What to do with reminders whose send time passed while the host was down. The choice is the
 * host's, made explicitly on each catch-up. Immutable and thread-safe.
 */
public enum CatchUp {
    /** Send every missed reminder. */
    SEND_ALL,
    /** Send only the latest missed reminder of each obligation and recipient (the most urgent one). */
    LATEST_ONLY,
    /** Send none of them; the next window starts where the outage ended. */
    SKIP
}
