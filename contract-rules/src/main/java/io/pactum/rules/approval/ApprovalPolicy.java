package io.pactum.rules.approval;

import io.pactum.core.error.PactumException;
import io.pactum.rules.RuleError;
import io.pactum.rules.condition.FieldCatalog;
import io.pactum.rules.condition.ValueType;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An approval policy version, as data: the stages in sequence, the ordered rules that add
 * approvers to them (a catch-all last), the currency amounts are compared in, the custom
 * attributes conditions may read, separation of duties, and what a material change does.
 * A process keeps the version it started with.
 *
 * <p>Construction checks the values themselves; {@link ApprovalRouter#compile} runs the static
 * checks (catch-all, unreachable rules, band gaps and overlaps, unknown stages) and
 * {@link ApprovalRouter#check} those against an organisation (unknown roles, groups, users).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the policy id, shared by its versions
 * @param effectiveFrom the first day this version applies
 * @param currency the currency amounts are compared in
 * @param attributes custom attributes conditions may read, with their types
 * @param stages the stages
 * @param rules the rules, in order
 * @param separationOfDuties separation-of-duties settings
 * @param onMaterialChange what a material change does to a running approval
 */
public record ApprovalPolicy(String id, LocalDate effectiveFrom, Currency currency, Map<String, ValueType> attributes,
        List<StageDefinition> stages, List<ApprovalRule> rules, SeparationOfDuties separationOfDuties,
        MaterialChangeReset onMaterialChange) {

    /** Checks and copies. */
    public ApprovalPolicy {
        Names.check(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(currency, "currency");
        attributes = Map.copyOf(attributes);
        FieldCatalog.withAttributes(attributes);
        stages = List.copyOf(stages);
        rules = List.copyOf(rules);
        Objects.requireNonNull(separationOfDuties, "separationOfDuties");
        Objects.requireNonNull(onMaterialChange, "onMaterialChange");
        if (stages.isEmpty()) {
            throw new PactumException(RuleError.BAD_POLICY_VALUE, "stages", "a policy needs at least one stage");
        }
        if (rules.isEmpty()) {
            throw new PactumException(RuleError.NO_CATCH_ALL, "rules", "a policy needs rules ending with a catch-all");
        }
    }

    /** The fields its conditions may read. */
    public FieldCatalog fields() {
        return FieldCatalog.withAttributes(attributes);
    }

    /** A stage by name. */
    public Optional<StageDefinition> stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** A rule by id. */
    public Optional<ApprovalRule> rule(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }
}
