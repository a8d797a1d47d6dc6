package io.pactum.rules.facts;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a contract's text departs from the standard, as rules see it: clause categories where a
 * fallback position was chosen, categories whose clauses were edited, mandatory categories that
 * are missing, and whether the template itself asks for extra approval. Plain sets of category
 * names so that the template module's deviation report can be adapted onto it.
 *
 * <p>Immutable and thread-safe; sets are copied, iterate in sorted order, and answer
 * {@code contains} by hash (rules ask it for every contract).
 *
 * @param fallbackCategories categories where a fallback clause variant was chosen
 * @param editedCategories categories whose clause text was edited
 * @param missingMandatoryCategories mandatory categories without a clause
 * @param extraApprovalRequired whether the template demands extra approval
 */
public record DeviationFacts(Set<String> fallbackCategories, Set<String> editedCategories,
        Set<String> missingMandatoryCategories, boolean extraApprovalRequired) {

    private static final DeviationFacts NONE = new DeviationFacts(Set.of(), Set.of(), Set.of(), false);

    /** Copies the sets into sorted unmodifiable sets. */
    public DeviationFacts {
        fallbackCategories = sorted(fallbackCategories, "fallbackCategories");
        editedCategories = sorted(editedCategories, "editedCategories");
        missingMandatoryCategories = sorted(missingMandatoryCategories, "missingMandatoryCategories");
    }

    /** A contract on standard terms: no deviation at all. */
    public static DeviationFacts none() {
        return NONE;
    }

    /** Whether the contract departs from standard in any way. */
    public boolean any() {
        return !fallbackCategories.isEmpty() || !editedCategories.isEmpty()
                || !missingMandatoryCategories.isEmpty() || extraApprovalRequired;
    }

    private static Set<String> sorted(Set<String> set, String what) {
        Objects.requireNonNull(set, what);
        if (set.isEmpty()) {
            return Set.of();
        }
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(new TreeSet<>(set)));
    }
}
