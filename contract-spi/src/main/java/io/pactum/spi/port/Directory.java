package io.pactum.spi.port;

import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.spi.CallContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The host's directory of people: users, roles, groups, the manager chain, department heads,
 * authority limits, delegations and absences. The access policy and approval routing read it.
 *
 * <p>Implementations must be thread-safe; answers may be cached by the host.
 */
public interface Directory {

    /** The person with this id. */
    Optional<Person> person(CallContext ctx, UserId id);

    /** The members of a group. */
    Set<UserId> groupMembers(CallContext ctx, String group);

    /** The head of a department. */
    Optional<UserId> departmentHead(CallContext ctx, DepartmentId department);

    /**
     * The most a person may approve or sign for alone, in a currency; empty when they have no
     * authority in it.
     */
    Optional<Money> authorityLimit(CallContext ctx, UserId id, Currency currency);

    /** The delegation in force for an absent person at an instant. */
    Optional<Delegation> delegation(CallContext ctx, UserId absent, Instant at);

    /**
     * Everyone the directory knows, for approval routing: the runtime builds the organisation a
     * policy is routed over (role holders, groups, managers, department heads) from this list, then
     * asks {@link #departmentHead}, {@link #authorityLimit} and {@link #delegation} about them. The
     * default knows nobody, which routes no approver at all: a host that uses approval policies
     * implements it (a cached read of its user directory will do).
     */
    default List<Person> people(CallContext ctx) {
        return List.of();
    }

    /**
     * The line managers above a person, nearest first. The default follows {@link Person#manager()}
     * and stops at a cycle or after 32 levels, so a bad directory cannot loop forever.
     */
    default List<UserId> managerChain(CallContext ctx, UserId id) {
        List<UserId> chain = new ArrayList<>();
        Set<UserId> seen = new HashSet<>();
        seen.add(id);
        Optional<UserId> next = person(ctx, id).flatMap(Person::lineManager);
        while (next.isPresent() && chain.size() < 32 && seen.add(next.get())) {
            chain.add(next.get());
            next = person(ctx, next.get()).flatMap(Person::lineManager);
        }
        return chain;
    }
}
