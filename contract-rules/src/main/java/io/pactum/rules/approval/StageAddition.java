package io.pactum.rules.approval;

import io.pactum.core.error.PactumException;
import io.pactum.rules.RuleError;
import java.util.List;

/**
 * What a rule adds to one stage: approvers. Immutable and thread-safe.
 *
 * @param stage the name of a stage of the policy
 * @param approvers the approvers, at least one
 */
public record StageAddition(String stage, List<ApproverSpec> approvers) {

    /** Checks and copies. */
    public StageAddition {
        Names.check(stage, "stage");
        approvers = List.copyOf(approvers);
        if (approvers.isEmpty()) {
            throw new PactumException(RuleError.BAD_POLICY_VALUE, "approvers", "a stage addition needs approvers");
        }
    }

    /** Adds approvers to a stage. */
    public static StageAddition of(String stage, ApproverSpec... approvers) {
        return new StageAddition(stage, List.of(approvers));
    }
}
