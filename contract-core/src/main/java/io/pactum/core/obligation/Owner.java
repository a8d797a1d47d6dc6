package io.pactum.core.obligation;

import io.pactum.core.contract.UserId;
import io.pactum.core.internal.Checks;
import java.util.Objects;

/**
 * Who looks after an obligation on our side: a named person or a role that the host's directory
 * resolves to people (for example {@code finance} or {@code project-manager}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param type person or role
 * @param id the user id or the role name (letters, digits and {@code . _ : -})
 */
public record Owner(Type type, String id) {

    /** Whether an owner is a person or a role. */
    public enum Type {
        /** A named user. */
        PERSON,
        /** A role resolved by the host's directory. */
        ROLE
    }

    /** Checks the id. */
    public Owner {
        Objects.requireNonNull(type, "type");
        Checks.id(id, "owner");
    }

    /** A named person. */
    public static Owner person(UserId user) {
        return new Owner(Type.PERSON, user.value());
    }

    /** A role such as {@code finance}. */
    public static Owner role(String role) {
        return new Owner(Type.ROLE, role);
    }

    @Override
    public String toString() {
        return (type == Type.PERSON ? "person:" : "role:") + id;
    }
}
