package io.pactum.rules.approval;

import io.pactum.core.contract.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event of an approval process: who, when, what, on which stage, with which comment, and how
 * long the stage had been waiting. Immutable and thread-safe.
 *
 * @param kind what happened
 * @param actor who acted, or {@code null} for the system (escalation, reset)
 * @param at when
 * @param stage the stage concerned, {@code ""} when none
 * @param comment the comment or reason, {@code ""} when none
 * @param timeSpent time from the start of the stage to this event
 * @param delegate the delegate of a {@link DecisionKind#DELEGATE}, otherwise {@code null}
 */
public record Decision(DecisionKind kind, @Nullable UserId actor, Instant at, String stage, String comment,
        Duration timeSpent, @Nullable UserId delegate) {

    /** Checks the components. */
    public Decision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(timeSpent, "timeSpent");
    }
}
