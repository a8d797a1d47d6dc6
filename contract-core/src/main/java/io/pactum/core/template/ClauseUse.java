package io.pactum.core.template;

import io.pactum.core.clause.ClauseCategory;
import io.pactum.core.clause.ClauseId;
import io.pactum.core.clause.RiskLevel;
import java.util.Objects;

/**
 * A library clause used in a composed document, pinned to its version and variant.
 *
 * @param anchor the section anchor
 * @param number the section number in this document ({@code 3}, {@code 2.1}, {@code 第三条})
 * @param clauseId the clause
 * @param version the clause version used
 * @param variant the variant key used
 * @param category the clause's category
 * @param riskLevel the variant's risk level
 * @param edited whether the text was freely edited
 */
public record ClauseUse(String anchor, String number, ClauseId clauseId, int version, String variant,
        ClauseCategory category, RiskLevel riskLevel, boolean edited) {

    /** Checks for nulls. */
    public ClauseUse {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(riskLevel, "riskLevel");
    }
}
