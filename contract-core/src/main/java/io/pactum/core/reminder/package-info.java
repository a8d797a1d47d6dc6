/**
 * Reminder policies as data (lead times, recipients by role, channels, an escalation ladder once
 * overdue) and the deterministic computation of every reminder due in a time window, each with an
 * idempotency key, at a local send time in an explicit time zone.
 *
 * <p>Entry points: {@link io.pactum.core.reminder.ReminderPolicy},
 * {@link io.pactum.core.reminder.ReminderPolicies} (JSON) and
 * {@link io.pactum.core.reminder.ReminderPlanner}.
 */
@NullMarked
package io.pactum.core.reminder;

import org.jspecify.annotations.NullMarked;
