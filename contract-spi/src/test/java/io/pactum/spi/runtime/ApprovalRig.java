package io.pactum.spi.runtime;

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
import io.pactum.spi.CallContext;
import io.pactum.spi.MutableClock;
import io.pactum.spi.SpiMother;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.memory.InMemoryDirectory;
import io.pactum.spi.memory.InMemoryStorage;
import io.pactum.spi.memory.RecordingOutbound;
import io.pactum.spi.port.IdGenerator;
import io.pactum.spi.port.Person;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The organisation of docs/approval.md's realistic policy, wired into a manager over the in-memory
 * adapters, with the policy loaded into the library.
 */
final class ApprovalRig {

    static final CallContext ALICE = SpiMother.as("u-alice");
    static final CallContext AMY = SpiMother.as("u-amy");
    static final CallContext HEAD = SpiMother.as("u-sales-head");
    static final CallContext DEPUTY = SpiMother.as("u-deputy");
    static final CallContext FIN = SpiMother.as("u-fin");
    static final CallContext LEGAL = SpiMother.as("u-legal");
    static final CallContext CEO = SpiMother.as("u-ceo");
    static final CallContext COO = SpiMother.as("u-coo");
    static final CallContext INTERN = SpiMother.as("u-intern");
    static final CallContext ROOT = SpiMother.as("root");

    final InMemoryStorage storage = InMemoryStorage.create();
    final RecordingOutbound outbound = RecordingOutbound.create();
    final MutableClock clock = new MutableClock(SpiMother.START);
    final InMemoryDirectory directory = directory();
    final ContractManager manager;

    ApprovalRig() {
        this(true);
    }

    /** With or without the manager-wide default policy (without: the contract type names it). */
    ApprovalRig(boolean defaultPolicy) {
        ContractManager.Builder b = ContractManager.builder()
                .storage(storage)
                .directory(directory)
                .accessPolicy(AccessPolicy.standard())
                .clock(clock)
                .idGenerator(IdGenerator.sequential("t"))
                .notifications(outbound)
                .integrationEvents(outbound)
                .signatures(outbound);
        if (defaultPolicy) {
            b.approvalPolicy("contract-approval");
        }
        manager = b.build();
        manager.library().putApprovalPolicy(ROOT, policyJson());
    }

    static String policyJson() {
        return resource("contract-approval.json");
    }

    static String resource(String name) {
        try (InputStream in = ApprovalRig.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InMemoryDirectory directory() {
        return InMemoryDirectory.create()
                .add(Person.of("u-alice", "sales", "contract-manager"),
                        Person.of("u-amy", "sales", "contract-manager", "approver"),
                        Person.of("u-sales-head", "sales", "approver"),
                        Person.of("u-deputy", "sales", "approver"),
                        Person.of("u-fin", "finance", "approver", "finance"),
                        Person.of("u-legal", "legal", "approver", "legal"),
                        Person.of("u-ceo", "board", "approver", "ceo"),
                        Person.of("u-coo", "board", "approver", "coo"),
                        Person.of("u-ctrl", "finance", "approver", "finance-controller"),
                        Person.of("u-intern", "sales"),
                        Person.of("root", "it", "admin"))
                .departmentHead(DepartmentId.of("sales"), UserId.of("u-sales-head"))
                .authorityLimit(UserId.of("u-sales-head"), Money.of("1000000.00", "CNY"))
                .authorityLimit(UserId.of("u-deputy"), Money.of("1000000.00", "CNY"))
                .authorityLimit(UserId.of("u-fin"), Money.of("10000000.00", "CNY"))
                .authorityLimit(UserId.of("u-legal"), Money.of("10000000.00", "CNY"))
                .authorityLimit(UserId.of("u-coo"), Money.of("5000000.00", "CNY"))
                .authorityLimit(UserId.of("u-ctrl"), Money.of("10000000.00", "CNY"))
                .authorityLimit(UserId.of("u-ceo"), Money.of("1000000000.00", "CNY"));
    }

    /** A sell-side sales contract of the sales department. */
    static Contract contract(String id, String amount, String owner) {
        return Contract.builder()
                .id(ContractId.of(id))
                .number("SC-2026-" + id)
                .title("Sale " + id)
                .type(ContractTypeId.of("sales"))
                .direction(Direction.SELL_SIDE)
                .party(Party.of("us", "Pactum Ltd", PartyRole.OWN_ENTITY))
                .party(Party.of("acme", "ACME Trading", PartyRole.CUSTOMER))
                .owner(UserId.of(owner))
                .department(DepartmentId.of("sales"))
                .value(Money.of(amount, "CNY"))
                .term(Term.fixed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)))
                .tags(Set.of())
                .confidentiality(ConfidentialityLevel.INTERNAL)
                .build();
    }

    /** Creates and submits a contract owned by Alice; returns the submitted revision. */
    long submitted(String id, String amount) {
        long r = manager.createDraft(ALICE, contract(id, amount, "u-alice"), "new deal").contract().revision();
        return manager.submit(ALICE, ContractId.of(id), r, "ready").contract().revision();
    }
}
