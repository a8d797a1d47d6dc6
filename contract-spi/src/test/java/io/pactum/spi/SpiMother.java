package io.pactum.spi;

import io.pactum.core.contract.ConfidentialityLevel;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.Direction;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.PartyRole;
import io.pactum.core.contract.Term;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.memory.InMemoryDirectory;
import io.pactum.spi.memory.InMemoryStorage;
import io.pactum.spi.memory.RecordingOutbound;
import io.pactum.spi.port.IdGenerator;
import io.pactum.spi.port.Person;
import io.pactum.spi.runtime.ContractManager;
import io.pactum.spi.runtime.DispatchPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Object mother: people, contracts and a wired manager over the in-memory adapters. */
public final class SpiMother {

    public static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    public static final TenantId TENANT = TenantId.of("acme-group");

    private SpiMother() {
    }

    /** Zhang manages sales-east contracts; Wang approves; Li is legal; Zhao is an intern with no role; root is admin. */
    public static InMemoryDirectory directory() {
        return InMemoryDirectory.create()
                .add(Person.of("u-zhang", "sales-east", "contract-manager"),
                        Person.of("u-wang", "finance", "approver"),
                        Person.of("u-li", "legal", "legal"),
                        Person.of("u-zhao", "sales-east"),
                        Person.of("root", "it", "admin"),
                        Person.of("u-head", "sales-east", "approver"))
                .departmentHead(DepartmentId.of("sales-east"), UserId.of("u-head"));
    }

    public static CallContext as(String user) {
        return CallContext.of(TENANT, UserId.of(user), "corr-" + user);
    }

    public static Contract draft(String id) {
        return Contract.builder()
                .id(ContractId.of(id))
                .number("SC-2026-" + id)
                .title("IT service " + id)
                .type(ContractTypeId.of("service"))
                .direction(Direction.SELL_SIDE)
                .party(Party.of("us", "Pactum Ltd", PartyRole.OWN_ENTITY))
                .party(Party.of("acme", "ACME Trading", PartyRole.CUSTOMER))
                .owner(UserId.of("u-zhang"))
                .department(DepartmentId.of("sales-east"))
                .value(Money.of("120000.00", "CNY"))
                .term(Term.fixed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)))
                .tags(Set.of("it"))
                .confidentiality(ConfidentialityLevel.INTERNAL)
                .build();
    }

    /** A wired runtime with its parts, for tests. */
    public record Rig(InMemoryStorage storage, RecordingOutbound outbound, MutableClock clock, ContractManager manager) {
    }

    public static Rig rig() {
        return rig(InMemoryStorage.create(), AccessPolicy.standard());
    }

    public static Rig rig(InMemoryStorage storage, AccessPolicy policy) {
        RecordingOutbound outbound = RecordingOutbound.create();
        MutableClock clock = new MutableClock(START);
        ContractManager manager = ContractManager.builder()
                .storage(storage)
                .directory(directory())
                .accessPolicy(policy)
                .clock(clock)
                .idGenerator(IdGenerator.sequential("t"))
                .notifications(outbound)
                .integrationEvents(outbound)
                .signatures(outbound)
                .dispatchPolicy(new DispatchPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(5), 500))
                .build();
        return new Rig(storage, outbound, clock, manager);
    }
}
