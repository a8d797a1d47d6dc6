package io.pactum.rules.approval;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The versions of one policy by effective date; the version in force on a date is the latest one
 * whose effective date is not after it. Immutable and thread-safe.
 *
 * @param versions the versions, sorted by effective date, no two on the same date
 */
public record PolicyVersions(List<ApprovalPolicy> versions) {

    /** Sorts, copies and checks the versions. */
    public PolicyVersions {
        versions = versions.stream().sorted(Comparator.comparing(ApprovalPolicy::effectiveFrom))
                .collect(Collectors.toUnmodifiableList());
        for (int i = 1; i < versions.size(); i++) {
            if (versions.get(i).effectiveFrom().equals(versions.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("two versions take effect on " + versions.get(i).effectiveFrom());
            }
        }
    }

    /** The versions given. */
    public static PolicyVersions of(ApprovalPolicy... versions) {
        return new PolicyVersions(List.of(versions));
    }

    /** The version in force on a date, if any. */
    public Optional<ApprovalPolicy> inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        ApprovalPolicy found = null;
        for (ApprovalPolicy p : versions) {
            if (!p.effectiveFrom().isAfter(date)) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }
}
