package io.pactum.spi.access;

import io.pactum.core.contract.ConfidentialityLevel;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.error.PactumException;
import io.pactum.spi.SpiError;
import io.pactum.spi.port.Person;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;

/**
 * One allowing rule of an {@link AccessPolicy}: actors holding one of the roles may do one of the
 * actions on contracts in one of the statuses, up to a confidentiality level, within a scope. An
 * empty role or status set matches any.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the rule's name, shown in decisions and audit
 * @param roles the roles it applies to, empty for anyone
 * @param actions the actions it allows, at least one
 * @param statuses the contract statuses it applies in, empty for any
 * @param maxConfidentiality the most restricted contracts it reaches
 * @param scope whose contracts
 */
public record AccessRule(String name, Set<String> roles, Set<Action> actions, Set<ContractStatus> statuses,
        ConfidentialityLevel maxConfidentiality, Scope scope) {

    /**
     * Checks presence and copies the sets.
     *
     * @throws PactumException {@link SpiError#BAD_ACCESS_POLICY} for a blank name or no actions
     */
    public AccessRule {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        actions = Set.copyOf(Objects.requireNonNull(actions, "actions"));
        statuses = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
        Objects.requireNonNull(maxConfidentiality, "maxConfidentiality");
        Objects.requireNonNull(scope, "scope");
        if (name.isBlank()) {
            throw new PactumException(SpiError.BAD_ACCESS_POLICY, "name", "an access rule needs a name");
        }
        if (actions.isEmpty()) {
            throw new PactumException(SpiError.BAD_ACCESS_POLICY, "actions", "access rule " + name + " allows no action");
        }
    }

    /** Whether this rule allows {@code actor} to do {@code action} on {@code contract}. */
    public boolean allows(Person actor, Action action, Contract contract) {
        return actions.contains(action)
                && (roles.isEmpty() || !Collections.disjoint(roles, actor.roles()))
                && (statuses.isEmpty() || statuses.contains(contract.status()))
                && contract.confidentiality().compareTo(maxConfidentiality) <= 0
                && inScope(actor, contract);
    }

    private boolean inScope(Person actor, Contract contract) {
        if (scope == Scope.OWN_DEPARTMENT) {
            return actor.department().equals(contract.department());
        }
        if (scope == Scope.OWNER_ONLY) {
            return actor.id().equals(contract.owner());
        }
        return true;
    }
}
