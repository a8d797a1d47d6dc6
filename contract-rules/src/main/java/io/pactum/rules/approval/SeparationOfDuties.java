package io.pactum.rules.approval;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Separation-of-duties settings. The submitter and the owner never approve their own contract
 * (not configurable). A person approves at most once per route unless {@code oncePerRoute} is
 * off; from {@code twoPersonFrom} (in the policy's currency) on, at least two distinct people
 * must approve. Immutable and thread-safe.
 *
 * @param oncePerRoute whether a person approves at most once per route
 * @param twoPersonFrom the amount from which two distinct people must approve, or {@code null}
 */
public record SeparationOfDuties(boolean oncePerRoute, @Nullable BigDecimal twoPersonFrom) {

    /** Checks the threshold. */
    public SeparationOfDuties {
        if (twoPersonFrom != null && twoPersonFrom.signum() < 0) {
            throw new IllegalArgumentException("twoPersonFrom must not be negative");
        }
    }

    /** Once per route, no two-person threshold. */
    public static SeparationOfDuties standard() {
        return new SeparationOfDuties(true, null);
    }
}
