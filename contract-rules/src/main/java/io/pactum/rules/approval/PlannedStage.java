package io.pactum.rules.approval;

import java.util.List;
import java.util.Objects;

/**
 * A stage of a {@link RoutePlan}: the stage, the approvers the matching rules added (repeated
 * approvers merged) and the ids of those rules. Immutable and thread-safe.
 *
 * @param stage the stage definition
 * @param approvers the approvers, never empty
 * @param ruleIds the rules that added them, in policy order
 */
public record PlannedStage(StageDefinition stage, List<ApproverSpec> approvers, List<String> ruleIds) {

    /** Copies. */
    public PlannedStage {
        Objects.requireNonNull(stage, "stage");
        approvers = List.copyOf(approvers);
        ruleIds = List.copyOf(ruleIds);
    }
}
