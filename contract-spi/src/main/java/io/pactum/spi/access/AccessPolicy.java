package io.pactum.spi.access;

import io.pactum.core.contract.ConfidentialityLevel;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.error.PactumException;
import io.pactum.spi.SpiError;
import io.pactum.spi.port.Person;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who may do what: a list of allowing rules, deny by default. An action is allowed when the actor
 * is active and at least one rule allows it; the first such rule is named in the decision.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rules the allowing rules, names unique
 */
public record AccessPolicy(List<AccessRule> rules) {

    /**
     * Copies the rules and checks the names are unique.
     *
     * @throws PactumException {@link SpiError#BAD_ACCESS_POLICY} for a repeated rule name
     */
    public AccessPolicy {
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!names.add(rules.get(i).name())) {
                throw new PactumException(SpiError.BAD_ACCESS_POLICY, "rules[" + i + "].name",
                        "access rule name " + rules.get(i).name() + " is used twice");
            }
        }
    }

    /** A policy of these rules. */
    public static AccessPolicy of(AccessRule... rules) {
        return new AccessPolicy(List.of(rules));
    }

    /** The policy that allows nothing: what an empty configuration means. */
    public static AccessPolicy denyAll() {
        return new AccessPolicy(List.of());
    }

    /**
     * A starting policy over four roles:
     * <ul>
     *   <li>{@code contract-manager}: create, edit, submit, withdraw, revise, send for signature,
     *       activate, suspend, resume, expire, archive, amend, renew, read contracts of their own department up
     *       to confidential;</li>
     *   <li>{@code approver}: approve and reject contracts in approval, read, in any department, up to
     *       confidential;</li>
     *   <li>{@code legal}: record signatures and terminate, any department, any confidentiality;</li>
     *   <li>{@code contract-manager} also records fulfilments, payments and delivery acceptance of
     *       their own department's contracts in force or ended (active, suspended, expired,
     *       terminated), up to confidential;</li>
     *   <li>{@code finance}: record payments and read, any department, up to confidential;</li>
     *   <li>{@code admin}: everything.</li>
     * </ul>
     * Strictly confidential contracts are otherwise reachable by their owner only.
     */
    public static AccessPolicy standard() {
        Set<Action> all = EnumSet.allOf(Action.class);
        Set<Action> managing = EnumSet.of(Action.READ, Action.CREATE, Action.EDIT, Action.SUBMIT, Action.WITHDRAW,
                Action.REVISE, Action.SEND_FOR_SIGNATURE, Action.ACTIVATE, Action.SUSPEND, Action.RESUME, Action.EXPIRE,
                Action.ARCHIVE, Action.AMEND, Action.RENEW);
        return of(
                new AccessRule("contract managers run their department's contracts", Set.of("contract-manager"),
                        managing, Set.of(), ConfidentialityLevel.CONFIDENTIAL, Scope.OWN_DEPARTMENT),
                new AccessRule("approvers decide contracts in approval", Set.of("approver"),
                        EnumSet.of(Action.APPROVE, Action.REJECT), EnumSet.of(ContractStatus.IN_APPROVAL),
                        ConfidentialityLevel.CONFIDENTIAL, Scope.ANY_DEPARTMENT),
                new AccessRule("approvers read", Set.of("approver"), EnumSet.of(Action.READ), Set.of(),
                        ConfidentialityLevel.CONFIDENTIAL, Scope.ANY_DEPARTMENT),
                new AccessRule("legal records signatures and terminates", Set.of("legal"),
                        EnumSet.of(Action.READ, Action.RECORD_SIGNATURE, Action.TERMINATE), Set.of(),
                        ConfidentialityLevel.STRICTLY_CONFIDENTIAL, Scope.ANY_DEPARTMENT),
                new AccessRule("contract managers run their own strictly confidential contracts",
                        Set.of("contract-manager"), managing, Set.of(),
                        ConfidentialityLevel.STRICTLY_CONFIDENTIAL, Scope.OWNER_ONLY),
                new AccessRule("contract managers record the execution of their department's contracts",
                        Set.of("contract-manager"),
                        EnumSet.of(Action.RECORD_FULFILMENT, Action.RECORD_PAYMENT, Action.RECORD_ACCEPTANCE),
                        EnumSet.of(ContractStatus.ACTIVE, ContractStatus.SUSPENDED, ContractStatus.EXPIRED,
                                ContractStatus.TERMINATED),
                        ConfidentialityLevel.CONFIDENTIAL, Scope.OWN_DEPARTMENT),
                new AccessRule("finance records payments", Set.of("finance"),
                        EnumSet.of(Action.READ, Action.RECORD_PAYMENT), Set.of(), ConfidentialityLevel.CONFIDENTIAL,
                        Scope.ANY_DEPARTMENT),
                new AccessRule("administrators do everything", Set.of("admin"), all, Set.of(),
                        ConfidentialityLevel.STRICTLY_CONFIDENTIAL, Scope.ANY_DEPARTMENT));
    }

    /**
     * Decides whether {@code actor} may do {@code action} on {@code contract}.
     *
     * @param actor the person acting, as the directory knows them
     * @param action the action
     * @param contract the contract as it is now (for a create: as it would be)
     */
    public AccessDecision decide(Person actor, Action action, Contract contract) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(contract, "contract");
        if (!actor.active()) {
            return new AccessDecision(false, null, actor.id() + " is inactive and may not " + action);
        }
        for (AccessRule rule : rules) {
            if (rule.allows(actor, action, contract)) {
                return new AccessDecision(true, rule.name(), actor.id() + " may " + action + " contract "
                        + contract.number() + " by rule '" + rule.name() + "'");
            }
        }
        return new AccessDecision(false, null, "no rule allows " + actor.id() + " with roles " + new java.util.TreeSet<>(actor.roles())
                + " in department " + actor.department() + " to " + action + " contract " + contract.number() + " ("
                + contract.status() + ", " + contract.confidentiality() + ", department " + contract.department() + ")");
    }
}
