package io.pactum.core.clause;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A reusable clause: a stable id, a category and its versions, ordered by version number.
 *
 * @param id the stable id
 * @param category what it is about
 * @param versions at least one; numbers unique; sorted ascending on construction
 */
public record Clause(ClauseId id, ClauseCategory category, List<ClauseVersion> versions) {

    /** Checks that there is at least one version and that numbers are unique. */
    public Clause {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        versions = versions.stream().sorted(Comparator.comparingInt(ClauseVersion::version)).toList();
        if (versions.isEmpty()) {
            throw new PactumException(CoreError.REQUIRED, "versions", "clause " + id + " has no version");
        }
        Set<Integer> seen = new HashSet<>();
        for (ClauseVersion v : versions) {
            if (!seen.add(v.version())) {
                throw new PactumException(CoreError.DUPLICATE, "versions",
                        "clause " + id + " has version " + v.version() + " twice");
            }
        }
    }

    /** The version with this number. */
    public Optional<ClauseVersion> version(int number) {
        return versions.stream().filter(v -> v.version() == number).findFirst();
    }

    /** The highest approved version, the one a template uses unless it pins another. */
    public Optional<ClauseVersion> latestApproved() {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).isUsable()) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }
}
