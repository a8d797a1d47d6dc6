package io.pactum.rules.approval;

import java.util.List;

/**
 * Which rules apply to a contract and the stages they add, before people are resolved: the part
 * of routing that depends only on the policy and the facts. Immutable and thread-safe.
 *
 * @param matchedRules the ids of the rules that applied, in policy order (the catch-all alone when no other did)
 * @param stages the stages in sequence
 */
public record RoutePlan(List<String> matchedRules, List<PlannedStage> stages) {

    /** Copies. */
    public RoutePlan {
        matchedRules = List.copyOf(matchedRules);
        stages = List.copyOf(stages);
    }
}
