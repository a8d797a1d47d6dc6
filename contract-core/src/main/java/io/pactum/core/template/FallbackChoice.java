package io.pactum.core.template;

import io.pactum.core.clause.ClauseCategory;
import io.pactum.core.clause.ClauseId;
import io.pactum.core.clause.RiskLevel;
import java.util.Objects;

/**
 * A pre-approved fallback chosen instead of a clause's standard text.
 *
 * @param anchor the section anchor
 * @param clauseId the clause
 * @param version the clause version
 * @param category the clause's category
 * @param variant the chosen variant key
 * @param riskLevel its risk level
 * @param extraApproval whether choosing it needs an extra approval
 */
public record FallbackChoice(String anchor, ClauseId clauseId, int version, ClauseCategory category, String variant,
        RiskLevel riskLevel, boolean extraApproval) {

    /** Checks for nulls. */
    public FallbackChoice {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(riskLevel, "riskLevel");
    }
}
