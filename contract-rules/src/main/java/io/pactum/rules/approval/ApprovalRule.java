package io.pactum.rules.approval;

import io.pactum.core.error.PactumException;
import io.pactum.rules.RuleError;
import io.pactum.rules.condition.Condition;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a policy: when its condition holds, it adds approvers to stages. A rule without a
 * condition is the catch-all: it applies only when no other rule did, and ends the policy.
 * Rules in the same {@code band} group must split the amount axis without gaps or overlaps.
 * Immutable and thread-safe.
 *
 * @param id the rule id, unique in the policy
 * @param description what the rule is for, shown in explanations
 * @param when the condition, or {@code null} for the catch-all
 * @param band the amount band group, or {@code null}
 * @param adds the approvers it adds, per stage; at least one
 */
public record ApprovalRule(String id, String description, @Nullable Condition when, @Nullable String band,
        List<StageAddition> adds) {

    /** Checks and copies. */
    public ApprovalRule {
        Names.check(id, "id");
        Objects.requireNonNull(description, "description");
        adds = List.copyOf(adds);
        if (adds.isEmpty()) {
            throw new PactumException(RuleError.BAD_POLICY_VALUE, "adds", "a rule must add at least one stage");
        }
    }

    /** A rule with a condition. */
    public static ApprovalRule when(String id, String description, Condition when, StageAddition... adds) {
        return new ApprovalRule(id, description, when, null, List.of(adds));
    }

    /** A rule in an amount band group. */
    public static ApprovalRule inBand(String band, String id, String description, Condition when,
            StageAddition... adds) {
        return new ApprovalRule(id, description, when, band, List.of(adds));
    }

    /** The catch-all rule. */
    public static ApprovalRule otherwise(String id, String description, StageAddition... adds) {
        return new ApprovalRule(id, description, null, null, List.of(adds));
    }

    /** Whether this is the catch-all rule. */
    public boolean isCatchAll() {
        return when == null;
    }
}
