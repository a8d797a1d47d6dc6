package io.pactum.spi.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.Transition;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.Obligation;
import io.pactum.core.obligation.ObligationEvent;
import io.pactum.core.obligation.ObligationKind;
import io.pactum.core.obligation.ObligationLedger;
import io.pactum.core.obligation.ObligationLedgers;
import io.pactum.core.reminder.CatchUp;
import io.pactum.core.reminder.EscalationStep;
import io.pactum.core.reminder.RecipientRole;
import io.pactum.core.reminder.ReminderPolicy;
import io.pactum.spi.CallContext;
import io.pactum.spi.MutableClock;
import io.pactum.spi.SpiMother;
import io.pactum.spi.access.AccessDeniedException;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.audit.AuditOutcome;
import io.pactum.spi.audit.AuditVerifier;
import io.pactum.spi.memory.InMemoryStorage;
import io.pactum.spi.memory.RecordingOutbound;
import io.pactum.spi.port.ContractQuery;
import io.pactum.spi.port.IdGenerator;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.PageRequest;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.StoredRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The state of {@link ContractLifeStatefulProperties}: a runtime over the in-memory adapters with
 * docs/approval.md's policy and the sales template in its library, and what the test expects of it,
 * kept here independently of the runtime: commands that succeeded and were denied, the contracts'
 * statuses, the reminders that fell due at each due-work run. {@link #check()} holds the invariants.
 */
final class ContractLifeWorld {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final CallContext ROOT = SpiMother.as("root");
    static final String POLICY_ID = "life";
    static final ReminderPolicy REMINDERS = new ReminderPolicy(POLICY_ID, List.of(Period.ofDays(7), Period.ofDays(1)),
            List.of(RecipientRole.OWNER), List.of("email"), LocalTime.of(9, 0), SHANGHAI,
            List.of(new EscalationStep(Period.ofDays(3), List.of(RecipientRole.DEPARTMENT_HEAD), List.of("email"))));

    final InMemoryStorage storage = InMemoryStorage.create();
    final RecordingOutbound outbound = RecordingOutbound.create();
    final MutableClock clock = new MutableClock(SpiMother.START);
    final ContractManager manager;
    final List<ContractId> contracts = new ArrayList<>();
    private final int auditBaseline;
    /** Price changes accepted for a contract with a ledger (for the statistics). */
    int ledgerAmendments;
    private int successes;
    private int denials;
    private int dueWorkEntries;
    private @org.jspecify.annotations.Nullable PactumException lastRefusal;
    private final Map<ContractId, ContractStatus> statuses = new HashMap<>();
    private final Map<ContractId, Instant> activatedAt = new HashMap<>();
    /** Every reminder notification key that fell due by a due-work run, for a payment open at that run. */
    private final Set<String> dueReminders = new TreeSet<>();

    ContractLifeWorld() {
        manager = ContractManager.builder()
                .storage(storage)
                .directory(ApprovalRig.directory())
                .accessPolicy(AccessPolicy.standard())
                .clock(clock)
                .idGenerator(IdGenerator.sequential("t"))
                .notifications(outbound)
                .integrationEvents(outbound)
                .signatures(outbound)
                .reminderPolicy(REMINDERS)
                .reminderCatchUp(CatchUp.SEND_ALL)
                .dueWorkTenants(Set.of(SpiMother.TENANT))
                .build();
        manager.library().putApprovalPolicy(ROOT, ApprovalRig.policyJson());
        manager.library().putClause(ROOT, ApprovalRig.resource("library/liability-clause.json"));
        manager.library().putTemplate(ROOT, ApprovalRig.resource("library/sales-simple.json"));
        manager.library().putContractType(ROOT, ApprovalRig.resource("library/sales-type.json"));
        auditBaseline = storage.readAll(ROOT).size();
    }

    Optional<Contract> contract(ContractId id) {
        return storage.get(ROOT, id);
    }

    ContractStatus status(ContractId id) {
        return contract(id).orElseThrow().status();
    }

    List<ContractId> inStatus(ContractStatus... wanted) {
        Set<ContractStatus> set = Set.of(wanted);
        return contracts.stream().filter(id -> set.contains(status(id))).toList();
    }

    Optional<ObligationLedger> ledger(ContractId id) {
        return storage.getRecord(ROOT, RecordKey.of(RecordKind.OBLIGATIONS, id.value())).map(StoredRecord::body)
                .map(ObligationLedgers::fromJson);
    }

    List<ContractId> withLedger() {
        return contracts.stream().filter(id -> ledger(id).isPresent()).toList();
    }

    /**
     * Runs one command: a result counts as a success, a denial as a denial; any other refusal must
     * leave the contract, its ledger and the audit log as they were.
     *
     * @return the result, or empty when refused
     */
    Optional<CommandResult> attempt(ContractId id, Supplier<CommandResult> command) {
        Optional<Contract> before = contract(id);
        Optional<ObligationLedger> ledgerBefore = ledger(id);
        int audit = storage.readAll(ROOT).size();
        lastRefusal = null;
        try {
            CommandResult result = command.get();
            successes++;
            legalChange(id, before.map(Contract::status).orElse(null), result.contract().status());
            if (!contracts.contains(id)) {
                contracts.add(id);
            }
            if (result.contract().status() == ContractStatus.ACTIVE && !activatedAt.containsKey(id)) {
                activatedAt.put(id, clock.instant());
            }
            return Optional.of(result);
        } catch (AccessDeniedException e) {
            denials++;
            return Optional.empty();
        } catch (PactumException e) {
            lastRefusal = e;
            assertEquals(before, contract(id), () -> "refused (" + e.getMessage() + ") but the contract changed");
            assertEquals(ledgerBefore, ledger(id), () -> "refused (" + e.getMessage() + ") but the ledger changed");
            assertEquals(audit, storage.readAll(ROOT).size(), () -> "refused (" + e.getMessage() + ") but audited");
            return Optional.empty();
        }
    }

    /** Why the last {@link #attempt} was refused, other than a denial; {@code null} if it was not. */
    @org.jspecify.annotations.Nullable PactumException lastRefusal() {
        return lastRefusal;
    }

    /**
     * Runs due work at the clock. First the model's expectation: every reminder and escalation of a
     * payment open now whose send instant (09:00 Shanghai, 7 and 1 days before the due date to the
     * owner, 3 days after to the department head) lies between the contract's activation and now.
     */
    DueWorkReport runDueWork() {
        Instant now = clock.instant();
        for (ContractId id : withLedger()) {
            Instant from = activatedAt.get(id);
            for (Obligation o : ledger(id).orElseThrow().obligations()) {
                LocalDate due = o.scheduled().dueDate();
                if (due == null || !o.status().isOpen()) {
                    continue;
                }
                String prefix = POLICY_ID + "|" + id.value() + "/" + o.scheduled().key() + "|";
                expect(prefix + "LEAD|P7D|" + due + "|OWNER|" + o.scheduled().owner().id() + "|email", due.minusDays(7),
                        from, now);
                expect(prefix + "LEAD|P1D|" + due + "|OWNER|" + o.scheduled().owner().id() + "|email", due.minusDays(1),
                        from, now);
                expect(prefix + "ESCALATION|P3D|" + due + "|DEPARTMENT_HEAD|u-sales-head|email", due.plusDays(3), from,
                        now);
            }
        }
        Map<ContractId, Integer> movesBefore = new HashMap<>();
        withLedger().forEach(id -> movesBefore.put(id, moves(id)));
        DueWorkReport report = manager.runDueWork(now);
        for (ContractId id : withLedger()) {
            if (moves(id) > movesBefore.getOrDefault(id, 0)) {
                dueWorkEntries++;
            }
        }
        return report;
    }

    /** How many times the contract's obligations moved to due or overdue, by their histories. */
    private int moves(ContractId id) {
        int n = 0;
        for (Obligation o : ledger(id).orElseThrow().obligations()) {
            for (ObligationEvent e : o.history()) {
                n += e.type() == ObligationEvent.Type.BECAME_DUE || e.type() == ObligationEvent.Type.BECAME_OVERDUE ? 1 : 0;
            }
        }
        return n;
    }

    private void expect(String key, LocalDate day, Instant from, Instant now) {
        Instant sendAt = ZonedDateTime.of(day, LocalTime.of(9, 0), SHANGHAI).toInstant();
        if (!sendAt.isBefore(from) && !sendAt.isAfter(now)) {
            dueReminders.add(key);
        }
    }

    /** The invariants, after every action. */
    void check() {
        checkTransitions();
        checkAuditCount();
        checkLedgers();
        assertTrue(AuditVerifier.verify(storage.readAll(ROOT), storage.checkpoint(ROOT)).intact(), "audit chain");
        checkReminders();
    }

    /** A successful command made no change of status or one the lifecycle's transition table allows. */
    private void legalChange(ContractId id, @org.jspecify.annotations.Nullable ContractStatus was, ContractStatus now) {
        if (was == null) {
            assertEquals(ContractStatus.DRAFT, now, "created as a draft");
        } else if (was != now) {
            boolean legal = false;
            for (Transition t : Transition.values()) {
                legal |= t.allowedFrom(was) && t.target() == now;
            }
            assertTrue(legal, id + " went from " + was + " to " + now);
        }
        statuses.put(id, now);
    }

    /** Statuses change only by commands: the stored ones are those the successful commands left. */
    private void checkTransitions() {
        List<Contract> all = storage.find(ROOT, ContractQuery.all(), PageRequest.first(100)).items();
        assertEquals(contracts.size(), all.size(), "a contract appeared that no command created");
        for (Contract c : all) {
            assertEquals(statuses.get(c.id()), c.status(), () -> c.id() + " changed status outside a command");
        }
    }

    /**
     * Audit entries since the library was loaded = successful commands (outcome SUCCESS, not due
     * work) + denied commands (DENIED) + due-work entries (DUE_WORK, one per ledger and run that
     * moved an obligation to due or overdue: counted by {@link #runDueWork()} from the ledgers'
     * histories before and after each run).
     */
    private void checkAuditCount() {
        List<AuditEntry> log = storage.readAll(ROOT);
        List<AuditEntry> since = log.subList(auditBaseline, log.size());
        long commands = since.stream().filter(e -> e.outcome() == AuditOutcome.SUCCESS && !e.action().equals("DUE_WORK"))
                .count();
        long denied = since.stream().filter(e -> e.outcome() == AuditOutcome.DENIED).count();
        long dueWork = since.stream().filter(e -> e.action().equals("DUE_WORK")).count();
        assertEquals(successes, commands, "audited successes");
        assertEquals(denials, denied, "audited denials");
        assertEquals(dueWorkEntries, dueWork, "due-work entries");
        assertEquals(successes + denials + dueWorkEntries, since.size(), "audit entries");
    }

    /** Every ledger: incoming payments total the contract value, and paid + outstanding = scheduled. */
    private void checkLedgers() {
        for (ContractId id : withLedger()) {
            Contract c = contract(id).orElseThrow();
            ObligationLedger l = ledger(id).orElseThrow();
            Money scheduled = l.scheduled(ObligationKind.PAYMENT_IN, c.value().currency());
            assertEquals(c.value(), scheduled, () -> id + " schedules " + scheduled + " of " + c.value());
            assertEquals(scheduled, l.fulfilled(ObligationKind.PAYMENT_IN, c.value().currency())
                    .plus(l.outstanding(ObligationKind.PAYMENT_IN, c.value().currency())));
        }
    }

    /** How many reminder notifications were delivered. */
    long remindersSent() {
        return outbound.deliveries().stream().filter(m -> m.idempotencyKey().startsWith(POLICY_ID + "|")).count();
    }

    /** Reminders delivered are exactly those that fell due, each delivered once. */
    private void checkReminders() {
        Map<String, Integer> delivered = new LinkedHashMap<>();
        for (OutboxMessage m : outbound.deliveries()) {
            if (m instanceof Notification n && n.idempotencyKey().startsWith(POLICY_ID + "|")) {
                delivered.merge(n.idempotencyKey(), 1, Integer::sum);
            }
        }
        delivered.forEach((k, n) -> assertEquals(1, n, () -> "reminder " + k + " delivered " + n + " times"));
        Set<String> lost = new TreeSet<>(dueReminders);
        lost.removeAll(delivered.keySet());
        assertTrue(lost.isEmpty(), () -> "reminders due but not sent: " + lost);
        Set<String> unexpected = new TreeSet<>(delivered.keySet());
        unexpected.removeAll(dueReminders);
        assertTrue(unexpected.isEmpty(), () -> "reminders sent that were not due: " + unexpected);
    }
}
