package io.pactum.spi.runtime;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.UserId;
import io.pactum.core.obligation.ObligationLedger;
import io.pactum.core.obligation.ObligationLedgers;
import io.pactum.core.obligation.ObligationPlan;
import io.pactum.core.obligation.ObligationPlans;
import io.pactum.core.reminder.CatchUp;
import io.pactum.core.reminder.EscalationStep;
import io.pactum.core.reminder.RecipientRole;
import io.pactum.core.reminder.ReminderPolicy;
import io.pactum.rules.risk.RiskProfiles;
import io.pactum.spi.CallContext;
import io.pactum.spi.MutableClock;
import io.pactum.spi.SpiMother;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.memory.InMemoryDirectory;
import io.pactum.spi.memory.InMemoryStorage;
import io.pactum.spi.memory.RecordingOutbound;
import io.pactum.spi.port.AuditLog;
import io.pactum.spi.port.ContractStore;
import io.pactum.spi.port.IdGenerator;
import io.pactum.spi.port.IntegrationEventPort;
import io.pactum.spi.port.NotificationPort;
import io.pactum.spi.port.OutboxStore;
import io.pactum.spi.port.Person;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.RecordStore;
import io.pactum.spi.port.SignatureOutcome;
import io.pactum.spi.port.SignatureRequest;
import io.pactum.spi.port.Signer;
import io.pactum.spi.port.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A service contract carried out through the runtime: CNY 120,000.00, a 30% down payment on
 * 2026-04-10, a design milestone on 2026-05-15 paid 40% ten days after it is delivered, 25% thirty
 * days after acceptance and 5% retention released six months after acceptance. Reminders at 09:00
 * in Shanghai, 7, 3 and 1 days before, escalated to Zhang's manager a day after and to the
 * department head a week after the due date.
 */
final class ExecutionRig {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ContractId C1 = ContractId.of("c-1");
    static final CallContext ZHANG = SpiMother.as("u-zhang");
    static final CallContext LI = SpiMother.as("u-li");
    static final CallContext QIAN = SpiMother.as("u-qian");

    static final String PLAN_JSON = """
            {"obligations": [
              {"id": "down-payment", "kind": "PAYMENT_IN", "stage": "DOWN_PAYMENT", "title": "30% down payment",
               "side": "COUNTERPARTY", "owner": {"person": "u-zhang"}, "amount": {"percent": 30},
               "due": {"kind": "onDate", "date": "2026-04-10"}},
              {"id": "design", "kind": "DELIVERY", "title": "design delivered", "side": "US",
               "owner": {"person": "u-zhang"}, "due": {"kind": "onDate", "date": "2026-05-15"}},
              {"id": "design-payment", "kind": "PAYMENT_IN", "stage": "PROGRESS", "title": "40% on the design",
               "side": "COUNTERPARTY", "owner": {"person": "u-zhang"}, "amount": {"percent": 40},
               "due": {"kind": "afterEvent", "event": "OBLIGATION_FULFILLED", "obligation": "design",
                       "offset": {"amount": 10, "unit": "CALENDAR_DAYS"}}},
              {"id": "acceptance-payment", "kind": "PAYMENT_IN", "stage": "ACCEPTANCE", "title": "25% after acceptance",
               "side": "COUNTERPARTY", "owner": {"person": "u-zhang"}, "amount": {"percent": 25},
               "due": {"kind": "afterEvent", "event": "DELIVERY_ACCEPTED",
                       "offset": {"amount": 30, "unit": "CALENDAR_DAYS"}}},
              {"id": "retention", "kind": "PAYMENT_IN", "stage": "RETENTION", "title": "5% retention",
               "side": "COUNTERPARTY", "owner": {"person": "u-zhang"}, "amount": {"percent": 5},
               "due": {"kind": "afterEvent", "event": "DELIVERY_ACCEPTED",
                       "offset": {"amount": 6, "unit": "MONTHS"}}}]}
            """;

    static final ReminderPolicy POLICY = new ReminderPolicy("standard",
            List.of(Period.ofDays(7), Period.ofDays(3), Period.ofDays(1)), List.of(RecipientRole.OWNER),
            List.of("email"), LocalTime.of(9, 0), SHANGHAI,
            List.of(new EscalationStep(Period.ofDays(1), List.of(RecipientRole.OWNER_MANAGER), List.of("email")),
                    new EscalationStep(Period.ofDays(7), List.of(RecipientRole.DEPARTMENT_HEAD), List.of("email"))));

    final InMemoryStorage storage;
    final RecordingOutbound outbound;
    final MutableClock clock;
    final ContractManager manager;

    private ExecutionRig(InMemoryStorage storage, RecordingOutbound outbound, MutableClock clock,
            ContractManager manager) {
        this.storage = storage;
        this.outbound = outbound;
        this.clock = clock;
        this.manager = manager;
    }

    static ObligationPlan plan() {
        return ObligationPlans.fromJson(PLAN_JSON);
    }

    /** Zhang (sales-east, contract manager) reports to Boss; the head of sales-east is Head; Qian is in finance. */
    static InMemoryDirectory directory() {
        return InMemoryDirectory.create()
                .add(new Person(UserId.of("u-zhang"), "Zhang", DepartmentId.of("sales-east"), Set.of("contract-manager"),
                                Set.of(), UserId.of("u-boss"), true),
                        Person.of("u-boss", "sales-east", "contract-manager"),
                        Person.of("u-wang", "finance", "approver"),
                        Person.of("u-qian", "finance", "finance"),
                        Person.of("u-li", "legal", "legal"),
                        Person.of("u-head", "sales-east", "approver"))
                .departmentHead(DepartmentId.of("sales-east"), UserId.of("u-head"));
    }

    static ExecutionRig create(CatchUp catchUp, @Nullable RiskProfiles risk) {
        InMemoryStorage storage = InMemoryStorage.create();
        RecordingOutbound outbound = RecordingOutbound.create();
        MutableClock clock = new MutableClock(SpiMother.START);
        return new ExecutionRig(storage, outbound, clock, manager(storage, outbound, outbound, clock, catchUp, risk,
                "t"));
    }

    static <S extends ContractStore & RecordStore & UnitOfWork & OutboxStore & AuditLog> ContractManager manager(
            S storage, NotificationPort notifications, IntegrationEventPort events, MutableClock clock,
            CatchUp catchUp, @Nullable RiskProfiles risk, String idPrefix) {
        ContractManager.Builder b = ContractManager.builder()
                .storage(storage)
                .directory(directory())
                .accessPolicy(AccessPolicy.standard())
                .clock(clock)
                .idGenerator(IdGenerator.sequential(idPrefix))
                .notifications(notifications)
                .integrationEvents(events)
                .dispatchPolicy(new DispatchPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(5), 500))
                .reminderPolicy(POLICY)
                .reminderCatchUp(catchUp)
                .dueWorkTenants(Set.of(SpiMother.TENANT));
        if (risk != null) {
            b.riskProfiles(risk);
        }
        return b.build();
    }

    /** Draft to active with the plan, through the public commands; the clock is then 2026-03-01T08:00Z. */
    static void activate(ContractManager m, ObligationPlan plan) {
        activate(m, plan, SpiMother.draft("c-1"));
    }

    /** Like {@link #activate(ContractManager, ObligationPlan)}, for a draft of contract c-1 of the caller's. */
    static void activate(ContractManager m, ObligationPlan plan, io.pactum.core.contract.Contract draft) {
        long r = m.createDraft(ZHANG, draft, "new deal").contract().revision();
        r = m.submit(ZHANG, C1, r, "ready").contract().revision();
        r = m.approve(SpiMother.as("u-wang"), C1, r, "fine").contract().revision();
        CommandResult sent = m.sendForSignature(ZHANG, C1, r,
                List.of(new Signer(PartyId.of("acme"), "Li Lei", "li.lei@acme.example")), "sign please");
        SignatureRequest request = (SignatureRequest) sent.messages().get(0);
        r = m.recordSignature(LI, new SignatureOutcome(request.requestId(), C1, request.documentFingerprint(),
                SignatureOutcome.Result.SIGNED, "Li Lei", SpiMother.START), "").contract().revision();
        m.activate(ZHANG, C1, r, plan, "in force");
    }

    void activate() {
        activate(manager, plan());
    }

    ObligationLedger ledger() {
        return ObligationLedgers.fromJson(storage.getRecord(ZHANG, RecordKey.of(RecordKind.OBLIGATIONS, "c-1"))
                .orElseThrow().body());
    }

    /** Each message key acted on by the receiver, with the run it first arrived after. */
    final java.util.Map<String, Instant> seen = new java.util.LinkedHashMap<>();

    /** Runs due work every whole hour after the clock, up to and including {@code until}, noting arrivals. */
    void runHourlyUntil(String until) {
        Instant end = Instant.parse(until);
        Instant t = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofHours(1));
        while (!t.isAfter(end)) {
            runAt(t.toString());
            t = t.plus(Duration.ofHours(1));
        }
    }

    /** Moves the clock to an instant and runs due work there. */
    DueWorkReport runAt(String instant) {
        Instant at = Instant.parse(instant);
        clock.advance(Duration.between(clock.instant(), at));
        DueWorkReport report = manager.runDueWork(at);
        outbound.effects().forEach(m -> seen.putIfAbsent(m.idempotencyKey(), at));
        return report;
    }

    /** Moves the clock forward to an instant (commands then run at it). */
    void moveTo(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    /** The keys seen so far that contain a text, with when they arrived. */
    java.util.Map<String, Instant> seen(String containing) {
        java.util.Map<String, Instant> out = new java.util.TreeMap<>();
        seen.forEach((k, v) -> {
            if (k.contains(containing)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
