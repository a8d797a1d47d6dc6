package io.pactum.core.template;

import io.pactum.core.clause.ClauseCategory;
import io.pactum.core.clause.RiskLevel;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a composed contract departs from the template's standard: fallbacks chosen, clauses edited
 * freely, mandatory sections left out. Approval routing and risk rules read it through the
 * accessors. Immutable and thread-safe.
 *
 * @param fallbacks the fallbacks chosen, in document order
 * @param edits the edited clauses, in document order
 * @param missingMandatory the mandatory sections left out, in template order
 */
public record DeviationReport(List<FallbackChoice> fallbacks, List<ClauseEdit> edits,
        List<MissingClause> missingMandatory) {

    /** Copies the lists. */
    public DeviationReport {
        fallbacks = List.copyOf(fallbacks);
        edits = List.copyOf(edits);
        missingMandatory = List.copyOf(missingMandatory);
    }

    /** A report with no deviation. */
    public static DeviationReport none() {
        return new DeviationReport(List.of(), List.of(), List.of());
    }

    /** Whether the contract is entirely standard. */
    public boolean isStandard() {
        return fallbacks.isEmpty() && edits.isEmpty() && missingMandatory.isEmpty();
    }

    /** The categories of clauses where a fallback was chosen. */
    public Set<ClauseCategory> categoriesWithFallback() {
        Set<ClauseCategory> out = EnumSet.noneOf(ClauseCategory.class);
        fallbacks.forEach(f -> out.add(f.category()));
        return Collections.unmodifiableSet(out);
    }

    /** The categories of clauses that were freely edited. */
    public Set<ClauseCategory> editedCategories() {
        Set<ClauseCategory> out = EnumSet.noneOf(ClauseCategory.class);
        edits.forEach(e -> out.add(e.category()));
        return Collections.unmodifiableSet(out);
    }

    /** The categories of mandatory clause sections left out. */
    public Set<ClauseCategory> missingMandatoryCategories() {
        Set<ClauseCategory> out = EnumSet.noneOf(ClauseCategory.class);
        missingMandatory.stream().map(MissingClause::category).filter(Objects::nonNull).forEach(out::add);
        return Collections.unmodifiableSet(out);
    }

    /** Whether a chosen fallback is marked as needing an extra approval. */
    public boolean requiresExtraApproval() {
        return fallbacks.stream().anyMatch(FallbackChoice::extraApproval);
    }

    /**
     * The highest risk among the deviations: the chosen fallbacks' levels; a free edit or a missing
     * mandatory section counts as {@link RiskLevel#HIGH}, since no one has reviewed it.
     */
    public RiskLevel highestRisk() {
        if (!edits.isEmpty() || !missingMandatory.isEmpty()) {
            return RiskLevel.HIGH;
        }
        RiskLevel max = RiskLevel.NONE;
        for (FallbackChoice f : fallbacks) {
            max = max.max(f.riskLevel());
        }
        return max;
    }
}
