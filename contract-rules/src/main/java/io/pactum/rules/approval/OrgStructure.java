package io.pactum.rules.approval;

import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.rules.facts.RateSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The organisation as the router sees it, a pure input: people with their roles and managers,
 * groups, department heads, authority limits, delegations and absences. The runtime fills it
 * from the directory port; tests build it by hand.
 *
 * <p>Immutable and thread-safe.
 */
public final class OrgStructure {

    private final Map<UserId, Person> people;
    private final Map<String, Set<UserId>> groups;
    private final Map<DepartmentId, UserId> departmentHeads;
    private final List<AuthorityLimit> authorityLimits;
    private final List<Delegation> delegations;
    private final List<Absence> absences;
    private final Map<String, List<UserId>> byRole;

    private OrgStructure(Builder b) {
        this.people = Collections.unmodifiableMap(new LinkedHashMap<>(b.people));
        Map<String, Set<UserId>> g = new LinkedHashMap<>();
        b.groups.forEach((k, v) -> g.put(k, Collections.unmodifiableSortedSet(sortedUsers(v))));
        this.groups = Collections.unmodifiableMap(g);
        this.departmentHeads = Collections.unmodifiableMap(new LinkedHashMap<>(b.departmentHeads));
        this.authorityLimits = List.copyOf(b.authorityLimits);
        this.delegations = List.copyOf(b.delegations);
        this.absences = List.copyOf(b.absences);
        Map<String, List<UserId>> roles = new HashMap<>();
        for (Person p : people.values()) {
            for (String r : p.roles()) {
                roles.computeIfAbsent(r, k -> new ArrayList<>()).add(p.id());
            }
        }
        roles.replaceAll((k, v) -> List.copyOf(sortedUsers(v)));
        this.byRole = Collections.unmodifiableMap(roles);
        for (Person p : people.values()) {
            UserId m = p.manager();
            if (m != null && !people.containsKey(m)) {
                throw new IllegalArgumentException("manager " + m + " of " + p.id() + " is not a person of the organisation");
            }
        }
    }

    private static TreeSet<UserId> sortedUsers(java.util.Collection<UserId> users) {
        TreeSet<UserId> s = new TreeSet<>(java.util.Comparator.comparing(UserId::value));
        s.addAll(users);
        return s;
    }

    /** Starts an organisation. */
    public static Builder builder() {
        return new Builder();
    }

    /** A person, if known. */
    public Optional<Person> person(UserId user) {
        return Optional.ofNullable(people.get(user));
    }

    /** Every person, in the order added. */
    public Map<UserId, Person> people() {
        return people;
    }

    /** The holders of a role, sorted; empty when nobody holds it. */
    public List<UserId> holdersOf(String role) {
        return byRole.getOrDefault(role, List.of());
    }

    /** Whether anybody holds a role. */
    public boolean hasRole(String role) {
        return byRole.containsKey(role);
    }

    /** The members of a group, if the group exists. */
    public Optional<Set<UserId>> group(String group) {
        return Optional.ofNullable(groups.get(group));
    }

    /** The head of a department, if known. */
    public Optional<UserId> headOf(DepartmentId department) {
        return Optional.ofNullable(departmentHeads.get(department));
    }

    /** A person's direct manager, if any. */
    public Optional<UserId> managerOf(UserId user) {
        Person p = people.get(user);
        return p == null ? Optional.empty() : Optional.ofNullable(p.manager());
    }

    /** Whether a person is absent on a date. */
    public boolean isAbsent(UserId user, LocalDate date) {
        for (Absence a : absences) {
            if (a.user().equals(user) && a.covers(date)) {
                return true;
            }
        }
        return false;
    }

    /** The delegate acting for a person on a date, if any. */
    public Optional<UserId> delegateOf(UserId user, LocalDate date) {
        for (Delegation d : delegations) {
            if (d.from().equals(user) && d.covers(date)) {
                return Optional.of(d.to());
            }
        }
        return Optional.empty();
    }

    /**
     * The highest limit a person holds for a contract type in the amount's currency (through their
     * own limits and their roles' limits), converting limits in other currencies.
     *
     * @return the highest limit, empty when the person holds none
     */
    public Optional<Money> authorityOf(UserId user, ContractTypeId type, java.util.Currency currency,
            RateSource rates) {
        Person p = people.get(user);
        Money best = null;
        for (AuthorityLimit l : authorityLimits) {
            boolean holder = user.equals(l.user()) || p != null && l.role() != null && p.roles().contains(l.role());
            if (!holder || l.type() != null && !l.type().equals(type)) {
                continue;
            }
            Money m = rates.convert(l.limit(), currency, "authorityLimits");
            if (best == null || m.compareTo(best) > 0) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The authority limits. */
    public List<AuthorityLimit> authorityLimits() {
        return authorityLimits;
    }

    /** Builds an {@link OrgStructure}. Not thread-safe. */
    public static final class Builder {
        private final Map<UserId, Person> people = new LinkedHashMap<>();
        private final Map<String, Set<UserId>> groups = new LinkedHashMap<>();
        private final Map<DepartmentId, UserId> departmentHeads = new LinkedHashMap<>();
        private final List<AuthorityLimit> authorityLimits = new ArrayList<>();
        private final List<Delegation> delegations = new ArrayList<>();
        private final List<Absence> absences = new ArrayList<>();

        Builder() {
        }

        /** Adds a person; {@code manager} may be {@code null}. */
        public Builder person(String user, String department, @org.jspecify.annotations.Nullable String manager,
                String... roles) {
            UserId id = UserId.of(user);
            people.put(id, new Person(id, DepartmentId.of(department), manager == null ? null : UserId.of(manager),
                    Set.of(roles)));
            return this;
        }

        /** Adds a group. */
        public Builder group(String name, String... members) {
            Set<UserId> s = sortedUsers(List.of());
            for (String m : members) {
                s.add(UserId.of(m));
            }
            groups.put(Names.check(name, "group"), s);
            return this;
        }

        /** Sets a department head. */
        public Builder departmentHead(String department, String user) {
            departmentHeads.put(DepartmentId.of(department), UserId.of(user));
            return this;
        }

        /** Adds an authority limit. */
        public Builder authority(AuthorityLimit limit) {
            authorityLimits.add(Objects.requireNonNull(limit, "limit"));
            return this;
        }

        /** Adds a delegation. */
        public Builder delegation(Delegation delegation) {
            delegations.add(Objects.requireNonNull(delegation, "delegation"));
            return this;
        }

        /** Adds an absence. */
        public Builder absence(Absence absence) {
            absences.add(Objects.requireNonNull(absence, "absence"));
            return this;
        }

        /** The organisation. */
        public OrgStructure build() {
            return new OrgStructure(this);
        }
    }
}
