package io.pactum.rules.approval;

import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.UserId;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A person in the organisation: department, manager and roles. Immutable and thread-safe.
 *
 * @param id the user
 * @param department the department
 * @param manager the direct manager, or {@code null} at the top
 * @param roles the roles held, sorted
 */
public record Person(UserId id, DepartmentId department, @Nullable UserId manager, Set<String> roles) {

    /** Checks and copies. */
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(department, "department");
        roles = Collections.unmodifiableSortedSet(new TreeSet<>(roles));
        if (id.equals(manager)) {
            throw new IllegalArgumentException(id + " cannot be their own manager");
        }
    }
}
