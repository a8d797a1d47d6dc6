package io.pactum.rules.approval;

import io.pactum.core.error.PactumException;
import io.pactum.rules.RuleError;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stage of a policy: its place in the sequence (串签), how many seats must approve, its SLA and
 * whom it escalates to when the SLA is breached. Rules add approvers to it. Immutable and
 * thread-safe.
 *
 * @param name the stage name, unique in the policy
 * @param order the position in the sequence; lower runs first
 * @param mode all, any or quorum
 * @param sla how long the stage may take before it can be escalated
 * @param escalateTo who is added to the stage on escalation, or {@code null} for nobody
 */
public record StageDefinition(String name, int order, ApprovalMode mode, Duration sla,
        @Nullable ApproverSpec escalateTo) {

    /** Checks the components. */
    public StageDefinition {
        Names.check(name, "name");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(sla, "sla");
        if (sla.isNegative() || sla.isZero()) {
            throw new PactumException(RuleError.BAD_POLICY_VALUE, "sla", "sla must be positive, got " + sla);
        }
    }
}
