package io.pactum.rules.approval;

import io.pactum.rules.condition.FactUsed;
import java.util.List;

/**
 * Why a stage is on a route: the rule that added it and the facts that made the rule apply.
 * Immutable and thread-safe.
 *
 * @param ruleId the rule
 * @param description the rule's description
 * @param facts the facts that made its condition true; empty for the catch-all
 */
public record StageReason(String ruleId, String description, List<FactUsed> facts) {

    /** Copies the facts. */
    public StageReason {
        facts = List.copyOf(facts);
    }

    @Override
    public String toString() {
        return ruleId + (facts.isEmpty() ? " (no other rule applied)" : " because " + facts);
    }
}
