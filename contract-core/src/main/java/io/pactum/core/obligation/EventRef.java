package io.pactum.core.obligation;

import io.pactum.core.error.PactumException;
import io.pactum.core.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A reference to the event a due date waits for.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the event
 * @param obligationId for {@link EventType#OBLIGATION_FULFILLED}, the id of the obligation in the
 *     same plan; {@code null} for every other type
 */
public record EventRef(EventType type, @Nullable String obligationId) {

    /** Checks that an obligation id is given exactly for {@link EventType#OBLIGATION_FULFILLED}. */
    public EventRef {
        Objects.requireNonNull(type, "type");
        if (type == EventType.OBLIGATION_FULFILLED) {
            if (obligationId == null) {
                throw new PactumException(ScheduleError.PLAN_INVALID, "obligation",
                        "an OBLIGATION_FULFILLED event needs the id of the obligation");
            }
            Checks.id(obligationId, "obligation");
        } else if (obligationId != null) {
            throw new PactumException(ScheduleError.PLAN_INVALID, "obligation",
                    "only an OBLIGATION_FULFILLED event names an obligation, not " + type);
        }
    }

    /** A contract event. */
    public static EventRef of(EventType type) {
        return new EventRef(type, null);
    }

    /** The fulfilment of another obligation. */
    public static EventRef fulfilmentOf(String obligationId) {
        return new EventRef(EventType.OBLIGATION_FULFILLED, obligationId);
    }

    @Override
    public String toString() {
        return obligationId == null ? type.name() : type.name() + "(" + obligationId + ")";
    }
}
