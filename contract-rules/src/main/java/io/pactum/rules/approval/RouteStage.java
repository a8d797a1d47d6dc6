package io.pactum.rules.approval;

import io.pactum.core.contract.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A stage of a route with its people resolved. Immutable and thread-safe.
 *
 * @param name the stage name
 * @param mode all, any or quorum, over the seats
 * @param seats the seats
 * @param sla the SLA
 * @param escalation who is added when the SLA is breached; may be empty
 * @param reasons the rules and facts that put the stage on the route
 */
public record RouteStage(String name, ApprovalMode mode, List<Seat> seats, Duration sla, List<UserId> escalation,
        List<StageReason> reasons) {

    /** Copies and checks. */
    public RouteStage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(sla, "sla");
        seats = List.copyOf(seats);
        escalation = List.copyOf(escalation);
        reasons = List.copyOf(reasons);
    }

    /** The number of seat approvals the stage needs. */
    public int required() {
        return mode.required(seats.size());
    }
}
