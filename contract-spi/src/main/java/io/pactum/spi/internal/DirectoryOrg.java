package io.pactum.spi.internal;

import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.UserId;
import io.pactum.rules.approval.Absence;
import io.pactum.rules.approval.AuthorityLimit;
import io.pactum.rules.approval.Delegation;
import io.pactum.rules.approval.OrgStructure;
import io.pactum.spi.CallContext;
import io.pactum.spi.port.Directory;
import io.pactum.spi.port.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the organisation the approval router reads ({@link OrgStructure}) from the host's
 * {@link Directory} on one date: active people with their roles, groups and managers, department
 * heads, personal authority limits in the currencies that matter, and the delegations in force.
 *
 * <p>Why a snapshot per submission rather than a live view: the router is a pure function of its
 * inputs, and a route must not change while it is being computed because someone's absence ended.
 * Thread-safe: no state.
 */
public final class DirectoryOrg {

    private DirectoryOrg() {
    }

    /**
     * The organisation as the directory sees it.
     *
     * @param directory the host's directory
     * @param ctx the call context (tenant)
     * @param at the instant whose delegations apply
     * @param on the routing date
     * @param currencies the currencies whose authority limits the route may need (the contract's
     *     and the policy's)
     */
    public static OrgStructure snapshot(Directory directory, CallContext ctx, Instant at, LocalDate on,
            Set<Currency> currencies) {
        List<Person> people = new ArrayList<>();
        for (Person p : directory.people(ctx)) {
            if (p.active()) {
                people.add(p);
            }
        }
        Set<UserId> known = new LinkedHashSet<>();
        people.forEach(p -> known.add(p.id()));
        OrgStructure.Builder org = OrgStructure.builder();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Set<DepartmentId> departments = new LinkedHashSet<>();
        for (Person p : people) {
            UserId manager = p.manager() != null && known.contains(p.manager()) ? p.manager() : null;
            org.person(p.id().value(), p.department().value(), manager == null ? null : manager.value(),
                    p.roles().toArray(String[]::new));
            p.groups().forEach(g -> groups.computeIfAbsent(g, k -> new ArrayList<>()).add(p.id().value()));
            departments.add(p.department());
            for (Currency c : currencies) {
                directory.authorityLimit(ctx, p.id(), c)
                        .ifPresent(limit -> org.authority(AuthorityLimit.forUser(p.id(), null, limit)));
            }
            directory.delegation(ctx, p.id(), at).filter(d -> !d.delegate().equals(p.id())).ifPresent(d -> {
                // The directory speaks in instants, the router in days: the delegation covers the routing day.
                org.absence(new Absence(p.id(), on, on));
                org.delegation(new Delegation(p.id(), d.delegate(), on, on));
            });
        }
        groups.forEach((g, members) -> org.group(g, members.toArray(String[]::new)));
        for (DepartmentId d : departments) {
            directory.departmentHead(ctx, d).filter(known::contains)
                    .ifPresent(head -> org.departmentHead(d.value(), head.value()));
        }
        return org.build();
    }
}
