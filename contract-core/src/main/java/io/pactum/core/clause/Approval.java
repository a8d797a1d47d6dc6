package io.pactum.core.clause;

import io.pactum.core.contract.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Who approved a clause version, and when.
 *
 * @param approvedBy the approver
 * @param approvedAt the moment of approval
 */
public record Approval(UserId approvedBy, Instant approvedAt) {

    /** Checks that no component is null. */
    public Approval {
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedAt, "approvedAt");
    }
}
