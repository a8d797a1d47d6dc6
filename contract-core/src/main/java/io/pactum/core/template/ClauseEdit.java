package io.pactum.core.template;

import io.pactum.core.clause.ClauseCategory;
import io.pactum.core.clause.ClauseId;
import java.util.List;
import java.util.Objects;

/**
 * A clause whose text was freely edited, with a line diff against its standard text (both as
 * rendered with the same values).
 *
 * @param anchor the section anchor
 * @param clauseId the clause
 * @param category the clause's category
 * @param diff the line diff, standard to edited
 */
public record ClauseEdit(String anchor, ClauseId clauseId, ClauseCategory category, List<DiffLine> diff) {

    /** Copies the diff. */
    public ClauseEdit {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(category, "category");
        diff = List.copyOf(diff);
    }

    /** The lines the edit added. */
    public List<String> addedLines() {
        return diff.stream().filter(d -> d.change() == DiffLine.Change.ADDED).map(DiffLine::text).toList();
    }

    /** The lines the edit removed. */
    public List<String> removedLines() {
        return diff.stream().filter(d -> d.change() == DiffLine.Change.REMOVED).map(DiffLine::text).toList();
    }
}
