package io.pactum.rules.approval;

import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How much a role or a user may approve, for one contract type or all, in one currency.
 * Immutable and thread-safe.
 *
 * @param role the role, or {@code null} when the limit is a user's
 * @param user the user, or {@code null} when the limit is a role's
 * @param type the contract type, or {@code null} for every type
 * @param limit the highest amount covered (inclusive)
 */
public record AuthorityLimit(@Nullable String role, @Nullable UserId user, @Nullable ContractTypeId type, Money limit) {

    /** Checks that exactly one holder is named. */
    public AuthorityLimit {
        Objects.requireNonNull(limit, "limit");
        if ((role == null) == (user == null)) {
            throw new IllegalArgumentException("an authority limit names a role or a user, not both or neither");
        }
        if (limit.isNegative()) {
            throw new IllegalArgumentException("an authority limit is not negative");
        }
    }

    /** A role's limit; {@code type} {@code null} for every type. */
    public static AuthorityLimit forRole(String role, @Nullable ContractTypeId type, Money limit) {
        return new AuthorityLimit(role, null, type, limit);
    }

    /** A user's limit; {@code type} {@code null} for every type. */
    public static AuthorityLimit forUser(UserId user, @Nullable ContractTypeId type, Money limit) {
        return new AuthorityLimit(null, user, type, limit);
    }
}
