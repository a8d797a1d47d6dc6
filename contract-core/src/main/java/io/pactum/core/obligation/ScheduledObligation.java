package io.pactum.core.obligation;

import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One obligation as scheduled: a definition's occurrence with its dates, owner and amount. An
 * obligation that waits for an event has no dates yet and names the event; it keeps its rule.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key {@code <definition id>#<occurrence>}: stable across rescheduling, unique in a contract
 * @param definition the plan line it comes from
 * @param occurrence 0 for a one-off obligation, the occurrence number of a recurring one
 * @param amount the amount of this occurrence, {@code null} for non-payments
 * @param scheduledDate the date the rule gives, before the business-day convention; {@code null} while pending
 * @param dueDate the due date after the convention; {@code null} while pending
 * @param waitingFor the event it waits for while pending; {@code null} once dated
 */
public record ScheduledObligation(String key, ObligationDefinition definition, int occurrence, @Nullable Money amount,
        @Nullable LocalDate scheduledDate, @Nullable LocalDate dueDate, @Nullable EventRef waitingFor) {

    /** Checks that the obligation is either dated or waiting, not both. */
    public ScheduledObligation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(definition, "definition");
        if ((dueDate == null) == (waitingFor == null) || (dueDate == null) != (scheduledDate == null)) {
            throw new IllegalArgumentException("an obligation is either dated or waiting for an event: " + key);
        }
    }

    /** The key of occurrence {@code n} of definition {@code id}. */
    public static String key(String definitionId, int occurrence) {
        return definitionId + "#" + occurrence;
    }

    /** Whether it still waits for an event. */
    public boolean isPending() {
        return dueDate == null;
    }

    /** The owner (from the definition). */
    public Owner owner() {
        return definition.owner();
    }

    /** The evidence fulfilment needs (from the definition). */
    public List<String> evidence() {
        return definition.evidence();
    }
}
