package io.pactum.spi.memory;

import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.spi.CallContext;
import io.pactum.spi.port.Delegation;
import io.pactum.spi.port.Directory;
import io.pactum.spi.port.Person;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The reference directory: people, department heads, authority limits and delegations held in
 * memory, filled by a test or an example. Groups come from {@link Person#groups()}. Tenants share
 * one directory.
 *
 * <p>Thread-safe.
 */
public final class InMemoryDirectory implements Directory {

    private final Map<UserId, Person> people = new ConcurrentHashMap<>();
    private final Map<DepartmentId, UserId> heads = new ConcurrentHashMap<>();
    private final Map<UserId, List<Money>> limits = new ConcurrentHashMap<>();
    private final List<Delegation> delegations = new CopyOnWriteArrayList<>();

    private InMemoryDirectory() {
    }

    /** An empty directory. */
    public static InMemoryDirectory create() {
        return new InMemoryDirectory();
    }

    /** Adds or replaces people. */
    public InMemoryDirectory add(Person... persons) {
        for (Person p : persons) {
            people.put(p.id(), Objects.requireNonNull(p, "person"));
        }
        return this;
    }

    /** Names the head of a department. */
    public InMemoryDirectory departmentHead(DepartmentId department, UserId head) {
        heads.put(Objects.requireNonNull(department, "department"), Objects.requireNonNull(head, "head"));
        return this;
    }

    /** Gives a person an authority limit in the limit's currency. */
    public InMemoryDirectory authorityLimit(UserId user, Money limit) {
        Objects.requireNonNull(limit, "limit");
        limits.compute(Objects.requireNonNull(user, "user"), (u, old) -> {
            List<Money> others = old == null ? List.of()
                    : old.stream().filter(m -> !m.currency().equals(limit.currency())).toList();
            return java.util.stream.Stream.concat(others.stream(), java.util.stream.Stream.of(limit)).toList();
        });
        return this;
    }

    /** Records an absence with its stand-in. */
    public InMemoryDirectory delegate(Delegation delegation) {
        delegations.add(Objects.requireNonNull(delegation, "delegation"));
        return this;
    }

    @Override
    public Optional<Person> person(CallContext ctx, UserId id) {
        return Optional.ofNullable(people.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public List<Person> people(CallContext ctx) {
        return people.values().stream().sorted(java.util.Comparator.comparing(p -> p.id().value())).toList();
    }

    @Override
    public Set<UserId> groupMembers(CallContext ctx, String group) {
        Objects.requireNonNull(group, "group");
        return people.values().stream().filter(p -> p.groups().contains(group)).map(Person::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<UserId> departmentHead(CallContext ctx, DepartmentId department) {
        return Optional.ofNullable(heads.get(Objects.requireNonNull(department, "department")));
    }

    @Override
    public Optional<Money> authorityLimit(CallContext ctx, UserId id, Currency currency) {
        Objects.requireNonNull(currency, "currency");
        return limits.getOrDefault(Objects.requireNonNull(id, "id"), List.of()).stream()
                .filter(m -> m.currency().equals(currency)).findFirst();
    }

    @Override
    public Optional<Delegation> delegation(CallContext ctx, UserId absent, Instant at) {
        Objects.requireNonNull(absent, "absent");
        Objects.requireNonNull(at, "at");
        return delegations.stream().filter(d -> d.absent().equals(absent) && d.covers(at)).findFirst();
    }
}
