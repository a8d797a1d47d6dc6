package io.pactum.core.reminder;

import io.pactum.core.error.PactumException;
import io.pactum.core.internal.Checks;
import io.pactum.core.obligation.ScheduleError;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A reminder policy, as data: reminders at lead times before the due date, to recipients by role
 * on channels, at a local send time in a time zone; and an escalation ladder once overdue.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the policy's id (part of every idempotency key)
 * @param leadTimes how long before the due date to remind, each zero or more days, distinct (for
 *     example {@code P7D}, {@code P3D}, {@code P1D}); may be empty when there is an escalation
 * @param recipients who gets the lead-time reminders, at least one when there are lead times
 * @param channels channel names for the lead-time reminders; empty for the host's default
 * @param sendAt the local time of day reminders go out
 * @param zone the time zone of {@code sendAt}
 * @param escalation the escalation ladder, with distinct {@code after} periods
 */
public record ReminderPolicy(String id, List<Period> leadTimes, List<RecipientRole> recipients, List<String> channels,
        LocalTime sendAt, ZoneId zone, List<EscalationStep> escalation) {

    /**
     * Checks the invariants.
     *
     * @throws PactumException {@link ScheduleError#REMINDER_POLICY_INVALID}
     */
    public ReminderPolicy {
        Checks.id(id, "id");
        Objects.requireNonNull(sendAt, "sendAt");
        Objects.requireNonNull(zone, "zone");
        leadTimes = List.copyOf(leadTimes);
        recipients = List.copyOf(recipients);
        channels = List.copyOf(channels);
        escalation = List.copyOf(escalation);
        if (leadTimes.isEmpty() && escalation.isEmpty()) {
            throw invalid("leadTimes", "a policy needs a lead time or an escalation step");
        }
        Set<Period> seen = new HashSet<>();
        for (int i = 0; i < leadTimes.size(); i++) {
            Period p = leadTimes.get(i);
            if (p.isNegative()) {
                throw invalid("leadTimes[" + i + "]", "lead time " + p + " is negative");
            }
            if (!seen.add(p)) {
                throw invalid("leadTimes[" + i + "]", "lead time " + p + " is listed twice");
            }
        }
        if (!leadTimes.isEmpty() && recipients.isEmpty()) {
            throw invalid("recipients", "lead-time reminders need at least one recipient");
        }
        Set<Period> steps = new HashSet<>();
        for (int i = 0; i < escalation.size(); i++) {
            if (!steps.add(escalation.get(i).after())) {
                throw invalid("escalation[" + i + "].after", "escalation after " + escalation.get(i).after()
                        + " is listed twice");
            }
        }
    }

    /** The policy the issue calls standard: 7, 3 and 1 days before, at 09:00, to the owner. */
    public static ReminderPolicy standard(ZoneId zone) {
        return new ReminderPolicy("standard", List.of(Period.ofDays(7), Period.ofDays(3), Period.ofDays(1)),
                List.of(RecipientRole.OWNER), List.of("email"), LocalTime.of(9, 0), zone,
                List.of(new EscalationStep(Period.ofDays(1), List.of(RecipientRole.OWNER_MANAGER), List.of("email")),
                        new EscalationStep(Period.ofDays(7), List.of(RecipientRole.DEPARTMENT_HEAD), List.of("email"))));
    }

    private static PactumException invalid(String path, String message) {
        return new PactumException(ScheduleError.REMINDER_POLICY_INVALID, path, message);
    }
}
