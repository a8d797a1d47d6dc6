package io.pactum.core.reminder;

import io.pactum.core.error.PactumException;
import io.pactum.core.obligation.ScheduleError;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * One rung of the escalation ladder: how long after the due date an obligation that is still open
 * escalates, to whom, on which channels.
 *
 * <p>Immutable and thread-safe.
 *
 * @param after how long after the due date, at least one day
 * @param recipients who is told, at least one
 * @param channels the channel names (for example {@code email}, {@code im}); empty for the host's default
 */
public record EscalationStep(Period after, List<RecipientRole> recipients, List<String> channels) {

    /** Checks the period and recipients. */
    public EscalationStep {
        Objects.requireNonNull(after, "after");
        recipients = List.copyOf(recipients);
        channels = List.copyOf(channels);
        if (after.isNegative() || after.isZero()) {
            throw new PactumException(ScheduleError.REMINDER_POLICY_INVALID, "after",
                    "an escalation comes at least one day after the due date, got " + after);
        }
        if (recipients.isEmpty()) {
            throw new PactumException(ScheduleError.REMINDER_POLICY_INVALID, "recipients",
                    "an escalation step needs at least one recipient");
        }
    }
}
