package io.pactum.benchmarks.spi;

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
import io.pactum.spi.TenantId;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.audit.AuditVerification;
import io.pactum.spi.audit.AuditVerifier;
import io.pactum.spi.memory.InMemoryDirectory;
import io.pactum.spi.memory.InMemoryStorage;
import io.pactum.spi.port.IdGenerator;
import io.pactum.spi.port.Person;
import io.pactum.spi.runtime.ContractManager;
import io.pactum.spi.runtime.DispatchReport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The runtime over the in-memory adapters: one contract from draft through submit and approval
 * (three commands: three audit entries, three outbox messages), dispatching those messages, and
 * verifying a 10,000-entry audit log. There is no peer library doing the same job; the figures
 * show the runtime's own overhead over which a host's database adds its round trips.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuntimeBenchmark {

    private static final CallContext ZHANG = CallContext.of(TenantId.of("bench"), UserId.of("u-zhang"), "bench");
    private static final CallContext WANG = CallContext.of(TenantId.of("bench"), UserId.of("u-wang"), "bench");

    private InMemoryStorage storage = InMemoryStorage.create();
    private ContractManager manager = build(storage);
    private final AtomicLong next = new AtomicLong();
    private List<AuditEntry> log = List.of();

    /** For JMH. */
    public RuntimeBenchmark() {
    }

    private static ContractManager build(InMemoryStorage storage) {
        return ContractManager.builder().storage(storage)
                .directory(InMemoryDirectory.create().add(Person.of("u-zhang", "sales", "contract-manager"),
                        Person.of("u-wang", "finance", "approver"))
                        .departmentHead(DepartmentId.of("sales"), UserId.of("u-wang")))
                .accessPolicy(AccessPolicy.standard())
                .clock(Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC))
                .idGenerator(IdGenerator.sequential("b"))
                .build();
    }

    /** A fresh store per iteration, so that the store's size does not drift through the run. */
    @Setup(Level.Iteration)
    public void setUp() {
        storage = InMemoryStorage.create();
        manager = build(storage);
        for (int i = 0; i < 3_334; i++) {
            draftSubmitApprove();
        }
        log = storage.readAll(ZHANG);
        manager.dispatchOutbox(Instant.parse("2026-03-01T08:00:00Z"));
    }

    /** Three commands on a new contract. */
    @Benchmark
    public Contract draftSubmitApprove() {
        String id = "c-" + next.incrementAndGet();
        Contract draft = Contract.builder().id(ContractId.of(id)).number("SC-" + id).title("Service " + id)
                .type(ContractTypeId.of("service")).direction(Direction.SELL_SIDE)
                .party(Party.of("us", "Pactum Ltd", PartyRole.OWN_ENTITY))
                .party(Party.of("acme", "ACME Trading", PartyRole.CUSTOMER))
                .owner(UserId.of("u-zhang")).department(DepartmentId.of("sales"))
                .value(Money.of("120000.00", "CNY"))
                .term(Term.fixed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))).build();
        manager.createDraft(ZHANG, draft, "");
        manager.submit(ZHANG, draft.id(), 1, "");
        return manager.approve(WANG, draft.id(), 2, "").contract();
    }

    /** Verifying a log of 10,002 entries against its checkpoint. */
    @Benchmark
    public AuditVerification verifyTenThousandEntries() {
        return AuditVerifier.verify(log, log.get(log.size() - 1).checkpoint());
    }

    /** Dispatching what three commands put in the outbox. */
    @Benchmark
    public DispatchReport commandsThenDispatch() {
        draftSubmitApprove();
        return manager.dispatchOutbox(Instant.parse("2026-03-01T08:00:00Z"));
    }
}
