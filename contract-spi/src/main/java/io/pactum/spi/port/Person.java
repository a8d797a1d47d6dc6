package io.pactum.spi.port;

import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person as the directory knows them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the user id
 * @param name the display name
 * @param department the department they belong to
 * @param roles the roles they hold, for the access policy
 * @param groups the groups they are in, for approval routing
 * @param manager their line manager, or {@code null} at the top
 * @param active whether they may act at all
 */
public record Person(UserId id, String name, DepartmentId department, Set<String> roles, Set<String> groups,
        @Nullable UserId manager, boolean active) {

    /** Checks presence and copies the sets. */
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(department, "department");
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        groups = Set.copyOf(Objects.requireNonNull(groups, "groups"));
    }

    /** An active person with roles and no groups or manager. */
    public static Person of(String id, String department, String... roles) {
        return new Person(UserId.of(id), id, DepartmentId.of(department), Set.of(roles), Set.of(), null, true);
    }

    /** The line manager, if any. */
    public Optional<UserId> lineManager() {
        return Optional.ofNullable(manager);
    }
}
