package io.pactum.core.template;

import io.pactum.core.clause.ClauseCategory;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A mandatory section that a composition left out.
 *
 * @param anchor the section anchor
 * @param heading the section heading (the clause title for clause sections)
 * @param category the clause category, or {@code null} for an inline section
 */
public record MissingClause(String anchor, String heading, @Nullable ClauseCategory category) {

    /** Checks for nulls. */
    public MissingClause {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(heading, "heading");
    }
}
