package io.pactum.core.obligation;

import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One change of an obligation: what happened, who did it, when, why, with which evidence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type what happened
 * @param actor who did it (a user, or a system user such as {@code system:scheduler})
 * @param at when
 * @param reason why; may be empty
 * @param evidence references to evidence (document ids, invoice numbers); may be empty
 * @param amount the amount fulfilled by a fulfilment event; {@code null} otherwise
 * @param effectiveDate the business date it took effect (fulfilment date, new due date); {@code null} when not applicable
 * @param from the status before
 * @param to the status after
 */
public record ObligationEvent(Type type, UserId actor, Instant at, String reason, List<String> evidence,
        @Nullable Money amount, @Nullable LocalDate effectiveDate, ObligationStatus from, ObligationStatus to) {

    /** The kinds of change. */
    public enum Type {
        /** The obligation was created by scheduling. */
        SCHEDULED,
        /** Its due date came. */
        BECAME_DUE,
        /** Its due date passed. */
        BECAME_OVERDUE,
        /** Part of the amount was fulfilled. */
        PARTIALLY_FULFILLED,
        /** It was fulfilled in full. */
        FULFILLED,
        /** It was waived. */
        WAIVED,
        /** It was superseded. */
        SUPERSEDED,
        /** A party disputed it. */
        DISPUTED,
        /** The dispute was resolved; the status before it is restored. */
        DISPUTE_RESOLVED,
        /** Its dates or amount changed. */
        RESCHEDULED
    }

    /** Copies the evidence. */
    public ObligationEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        evidence = List.copyOf(evidence);
    }
}
