package io.pactum.core.template;

import io.pactum.core.clause.ClauseId;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A section's reference to a library clause.
 *
 * @param clauseId the clause
 * @param pinnedVersion the version to use, or {@code null} for the latest approved one
 */
public record ClauseRef(ClauseId clauseId, @Nullable Integer pinnedVersion) {

    /** Checks that a pinned version is positive. */
    public ClauseRef {
        Objects.requireNonNull(clauseId, "clauseId");
        if (pinnedVersion != null && pinnedVersion < 1) {
            throw new PactumException(CoreError.OUT_OF_RANGE, "version", "a pinned version must be at least 1");
        }
    }

    /** The latest approved version of a clause. */
    public static ClauseRef latest(String clauseId) {
        return new ClauseRef(ClauseId.of(clauseId), null);
    }

    /** A pinned version of a clause. */
    public static ClauseRef pinned(String clauseId, int version) {
        return new ClauseRef(ClauseId.of(clauseId), version);
    }

    /** The pinned version, if any. */
    public Optional<Integer> version() {
        return Optional.ofNullable(pinnedVersion);
    }
}
