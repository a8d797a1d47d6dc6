package io.pactum.core.template;

import java.util.Objects;

/**
 * One line of a line diff between a clause's standard text and its edited text.
 *
 * @param change whether the line is unchanged, added by the edit or removed by it
 * @param text the line, without its line break
 */
public record DiffLine(Change change, String text) {

    /** Checks for nulls. */
    public DiffLine {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(text, "text");
    }

    /** What happened to a line. */
    public enum Change {
        /** In both texts. */
        SAME,
        /** Only in the edited text. */
        ADDED,
        /** Only in the standard text. */
        REMOVED
    }

    @Override
    public String toString() {
        return (change == Change.SAME ? "  " : change == Change.ADDED ? "+ " : "- ") + text;
    }
}
