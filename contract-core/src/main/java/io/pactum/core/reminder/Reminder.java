package io.pactum.core.reminder;

import io.pactum.core.obligation.Owner;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * One reminder to send: to whom (by role), on which channels, at which instant, about which
 * obligation; with an idempotency key that is the same every time the same reminder is computed,
 * so a host that runs twice, over overlapping windows or after an outage sends it once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param idempotencyKey {@code policy|subject|LEAD or ESCALATION|step|due date|role}
 * @param subjectKey the obligation's key
 * @param owner the obligation's owner, for resolving the role
 * @param kind a lead-time reminder or an escalation
 * @param step the lead time or the escalation's {@code after}
 * @param recipient who receives it, by role
 * @param channels the channels; empty for the host's default
 * @param localDate the local date it is sent on, in the policy's zone
 * @param at the instant it is due to be sent
 * @param dueDate the obligation's due date it is computed from
 */
public record Reminder(String idempotencyKey, String subjectKey, Owner owner, Kind kind, Period step,
        RecipientRole recipient, List<String> channels, LocalDate localDate, Instant at, LocalDate dueDate) {

    /** Lead-time reminder or escalation. */
    public enum Kind {
        /** Before the due date. */
        LEAD,
        /** After the due date, while still open. */
        ESCALATION
    }

    /** Copies the channels. */
    public Reminder {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(at, "at");
        channels = List.copyOf(channels);
    }
}
