package io.pactum.spi.runtime;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.Transition;
import io.pactum.core.contract.UserId;
import io.pactum.core.contract.type.ContractType;
import io.pactum.core.contract.type.NumberingPattern;
import io.pactum.core.codec.ContractTypeJson;
import io.pactum.core.error.PactumException;
import io.pactum.core.template.DeviationReport;
import io.pactum.rules.approval.ApprovalProcess;
import io.pactum.rules.approval.ApprovalProcessJson;
import io.pactum.rules.approval.ApprovalRouter;
import io.pactum.rules.approval.OrgStructure;
import io.pactum.rules.approval.ProcessStatus;
import io.pactum.rules.approval.Route;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.ContractFactsMapper;
import io.pactum.rules.facts.RateSource;
import io.pactum.rules.facts.RiskLevel;
import io.pactum.spi.CallContext;
import io.pactum.spi.SpiError;
import io.pactum.spi.audit.AuditOutcome;
import io.pactum.spi.internal.AuditChainWriter;
import io.pactum.spi.internal.DirectoryOrg;
import io.pactum.spi.internal.DocumentRecord;
import io.pactum.spi.internal.Fingerprints;
import io.pactum.spi.port.Directory;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.RecordStore;
import io.pactum.spi.port.StoredRecord;
import io.pactum.spi.port.Transaction;
import io.pactum.spi.port.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Runs contract approval through an {@link ApprovalProcess} stored beside the contract (record kind
 * {@code approval-process}, keyed by contract id, JSON by {@link ApprovalProcessJson}).
 *
 * <ul>
 *   <li>A contract is routed when a policy applies to it: its contract type's
 *       {@code approvalPolicyId} (from the library), else the manager's default policy. Without
 *       one, approval stays the single direct decision it was before processes existed.</li>
 *   <li>Submit routes on the policy version in force on the submit date, over the directory's
 *       organisation on that date, with facts from the contract, its contract type and the
 *       deviation report of its composed document. A resubmission after a change request keeps the
 *       process and its policy version and follows the policy's reset rule
 *       ({@link ApprovalProcess#resubmitAfterChanges}); after an
 *       approval was revised, the new process keeps the version of the approved one; after a
 *       rejection or withdrawal, the policy in force on the new date applies.</li>
 *   <li>Decisions are the process's: separation of duties, authority and modes hold there. The
 *       contract moves only when the process ends (approved, rejected) or hands the contract back
 *       (changes requested, withdrawn: to draft); other decisions are audited but leave it unsaved.</li>
 *   <li>SLA: a stored process wakes when its current stage's SLA runs out;
 *       {@link #escalateDue} escalates it and notifies the escalation targets.</li>
 * </ul>
 */
final class ApprovalFlow {

    /** The user the runtime's own work is recorded under: never a person of the directory. */
    static final UserId RUNTIME = UserId.of("pactum-runtime");

    /** Writes the lifecycle messages of a transition (the manager's). */
    @FunctionalInterface
    interface Lifecycle {
        List<OutboxMessage> messages(CallContext ctx, Transition t, Contract saved, Instant now, String reason);
    }

    private final @Nullable Library library;
    private final @Nullable RecordStore records;
    private final UnitOfWork unitOfWork;
    private final Directory directory;
    private final RateSource rates;
    private final ContractNotices notices;
    private final @Nullable String defaultPolicyId;
    private final Clock clock;
    private final Lifecycle lifecycle;

    ApprovalFlow(@Nullable Library library, @Nullable RecordStore records, UnitOfWork unitOfWork, Directory directory,
            RateSource rates, ContractNotices notices, @Nullable String defaultPolicyId, Clock clock,
            Lifecycle lifecycle) {
        this.library = library;
        this.records = records;
        this.unitOfWork = unitOfWork;
        this.directory = directory;
        this.rates = rates;
        this.notices = notices;
        this.defaultPolicyId = defaultPolicyId;
        this.clock = clock;
        this.lifecycle = lifecycle;
    }

    static RecordKey processKey(ContractId id) {
        return RecordKey.of(RecordKind.APPROVAL_PROCESS, id.value());
    }

    /** The stored process of a contract, if any. */
    Optional<ApprovalProcess> process(CallContext ctx, ContractId id) {
        if (records == null || library == null) {
            return Optional.empty();
        }
        Library.RecordReader reader = Library.RecordReader.of(records, ctx);
        return reader.get(processKey(id)).map(r -> read(reader, r));
    }

    // ------------------------------------------------------------------ submit

    /** Submit: route and start (or continue) the process, or the plain transition without a policy. */
    ContractStep submit(CallContext ctx, String reason) {
        return new ProcessStep(ctx) {
            @Override
            Contract decide(Library.RecordReader reader, Contract subject, Instant now) {
                Contract next = subject.transition(Transition.SUBMIT);
                Optional<String> policyId = policyId(reader, subject);
                if (policyId.isEmpty()) {
                    transition = Transition.SUBMIT;
                    return next;
                }
                Optional<StoredRecord> stored = reader.get(processKey(subject.id()));
                ApprovalProcess previous = stored.map(r -> read(reader, r)).orElse(null);
                revision = stored.map(StoredRecord::revision).orElse(0L);
                UserId actor = ctx.actor();
                LocalDate on = LocalDate.ofInstant(now, clock.getZone());
                if (previous != null && previous.status() == ProcessStatus.CHANGES_REQUESTED) {
                    ContractFacts facts = facts(reader, next, actor);
                    Route route = route(ctx, previous.router(), facts, now, on);
                    process = previous.resubmitAfterChanges(actor, facts, route, now);
                } else {
                    ApprovalRouter router = previous != null && previous.status() == ProcessStatus.APPROVED
                            ? previous.router()
                            : library().routerInForce(reader, policyId.get(), on).orElseThrow(() -> new PactumException(
                                    SpiError.LIBRARY_ITEM_NOT_FOUND, "approvalPolicy", "no version of approval policy "
                                    + policyId.get() + " is in force on " + on + " for contract " + subject.number()));
                    ContractFacts facts = facts(reader, next, actor);
                    process = ApprovalProcess.submit(router, route(ctx, router, facts, now, on), facts, actor, now);
                }
                return next;
            }

            @Override
            List<OutboxMessage> notifications(Contract saved) {
                return requests(saved, Objects.requireNonNull(process).pendingApprovers(), "approval.requested");
            }
        }.reason(reason);
    }

    // ------------------------------------------------------------------ decisions

    /**
     * A decision on the process; {@code legacy} is the plain transition the old command made when the
     * contract has no open process (no policy applies), or {@code null} for {@code decide}, which needs one.
     */
    ContractStep decide(CallContext ctx, ApprovalDecision decision, @Nullable Transition legacy) {
        return new ProcessStep(ctx) {
            private Set<UserId> pendingBefore = Set.of();

            @Override
            Contract decide(Library.RecordReader reader, Contract subject, Instant now) {
                Optional<StoredRecord> stored = library == null ? Optional.empty() : reader.get(processKey(subject.id()));
                ApprovalProcess current = stored.map(r -> read(reader, r)).orElse(null);
                if (current == null || current.status() != ProcessStatus.IN_APPROVAL) {
                    if (legacy != null) {
                        transition = legacy;
                        return subject.transition(legacy);
                    }
                    throw new PactumException(SpiError.NO_APPROVAL_PROCESS, "id", "contract " + subject.number()
                            + " has no open approval process" + (current == null ? "" : " (it is " + current.status() + ")"));
                }
                if (subject.status() != io.pactum.core.contract.ContractStatus.IN_APPROVAL) {
                    // The process and the contract went apart (a host edited storage): the contract decides.
                    throw new io.pactum.core.contract.IllegalTransitionException(subject.status(), Transition.APPROVE);
                }
                revision = stored.get().revision();
                pendingBefore = current.pendingApprovers();
                UserId actor = ctx.actor();
                String comment = decision.comment();
                switch (decision.kind()) {
                    case APPROVE:
                        process = current.approve(actor, now, comment);
                        break;
                    case REJECT:
                        process = current.reject(actor, now, comment);
                        break;
                    case REQUEST_CHANGES:
                        process = current.requestChanges(actor, now, comment);
                        break;
                    case DELEGATE:
                        process = current.delegate(actor, Objects.requireNonNull(decision.delegate()), now, comment);
                        break;
                    default:
                        process = current.withdraw(actor, now, comment);
                        break;
                }
                switch (process.status()) {
                    case APPROVED:
                        transition = Transition.APPROVE;
                        break;
                    case REJECTED:
                        transition = Transition.REJECT;
                        break;
                    case CHANGES_REQUESTED:
                    case WITHDRAWN:
                        transition = Transition.WITHDRAW;
                        break;
                    default:
                        return subject;
                }
                return subject.transition(transition);
            }

            @Override
            List<OutboxMessage> notifications(Contract saved) {
                ApprovalProcess p = Objects.requireNonNull(process);
                List<OutboxMessage> out = new ArrayList<>();
                if (p.status() == ProcessStatus.CHANGES_REQUESTED) {
                    out.add(notices.toOwner(saved, "approval.changes-requested", Map.of("comment", decision.comment())));
                }
                Set<UserId> fresh = new LinkedHashSet<>(p.pendingApprovers());
                fresh.removeAll(pendingBefore);
                out.addAll(requests(saved, fresh, decision.kind() == ApprovalDecision.Kind.DELEGATE
                        ? "approval.delegated" : "approval.requested"));
                return out;
            }
        }.reason(decision.comment());
    }

    // ------------------------------------------------------------------ escalation

    /**
     * Escalates every process of the tenant whose current stage's SLA ran out by {@code now}, each in
     * its own unit of work with one audit entry (actor {@code pactum-runtime}, action
     * {@code ESCALATE}); the escalation targets are notified through the outbox.
     *
     * @return how many processes were escalated
     */
    int escalateDue(CallContext ctx, Instant now) {
        if (records == null || library == null) {
            return 0;
        }
        List<RecordKey> due = new ArrayList<>();
        try (Stream<StoredRecord> waking = records.waking(ctx, RecordKind.APPROVAL_PROCESS, now)) {
            waking.forEach(r -> due.add(r.key()));
        }
        int escalated = 0;
        for (RecordKey key : due) {
            Boolean done = unitOfWork.inTransaction(ctx, tx -> escalateOne(tx, ctx, key, now));
            if (Boolean.TRUE.equals(done)) {
                escalated++;
            }
        }
        return escalated;
    }

    private boolean escalateOne(Transaction tx, CallContext ctx, RecordKey key, Instant now) {
        Optional<StoredRecord> stored = tx.getRecord(key);
        if (stored.isEmpty() || stored.get().wake().map(w -> w.isAfter(now)).orElse(true)) {
            return false;
        }
        Library.RecordReader reader = Library.RecordReader.of(tx);
        ApprovalProcess p = read(reader, stored.get());
        Optional<Contract> contract = tx.get(p.facts().contractId());
        Optional<Instant> deadline = p.slaDeadline();
        if (contract.isEmpty() || p.escalated() || deadline.isEmpty() || !now.isAfter(deadline.get())) {
            // Stale wake-up (decided meanwhile): correct the index, nothing to audit.
            tx.saveRecord(key, stored.get().body(), wakeAt(p), stored.get().revision());
            return false;
        }
        Set<UserId> before = p.pendingApprovers();
        ApprovalProcess next = p.escalate(now);
        tx.saveRecord(key, ApprovalProcessJson.write(next), wakeAt(next), stored.get().revision());
        Contract c = contract.get();
        String fingerprint = Fingerprints.ofState(c);
        String comment = next.decisions().get(next.decisions().size() - 1).comment();
        tx.appendAudit(AuditChainWriter.next(tx.auditHead().orElse(null), now, ctx.tenant().value(), RUNTIME.value(),
                "ESCALATE", c.id().value(), AuditOutcome.SUCCESS, fingerprint, fingerprint, comment, ctx.correlationId()));
        Set<UserId> fresh = new LinkedHashSet<>(next.pendingApprovers());
        fresh.removeAll(before);
        List<OutboxMessage> out = new ArrayList<>(requests(c, fresh, "approval.escalated"));
        out.add(notices.toOwner(c, "approval.sla-breached", Map.of("stage", next.currentStage().map(s -> s.name()).orElse(""))));
        for (OutboxMessage m : out) {
            tx.enqueue(m, now);
        }
        return true;
    }

    // ------------------------------------------------------------------ shared

    /** One process step: works out the process, then writes it and says whom to tell. */
    private abstract class ProcessStep implements ContractStep {
        final CallContext ctx;
        @Nullable ApprovalProcess process;
        @Nullable Transition transition;
        long revision;
        private String reason = "";

        ProcessStep(CallContext ctx) {
            this.ctx = ctx;
        }

        ProcessStep reason(String value) {
            this.reason = value;
            return this;
        }

        abstract Contract decide(Library.RecordReader reader, Contract subject, Instant now);

        abstract List<OutboxMessage> notifications(Contract saved);

        @Override
        public Contract apply(Library.RecordReader reader, Contract subject, Instant now) {
            process = null;
            transition = null;
            return decide(reader, subject, now);
        }

        @Override
        public List<OutboxMessage> messages(CallContext c, Contract saved, Instant now) {
            List<OutboxMessage> out = new ArrayList<>();
            if (transition != null && !(transition == Transition.SUBMIT && process != null)) {
                out.addAll(lifecycle.messages(c, transition, saved, now, reason));
            }
            if (process != null) {
                out.addAll(notifications(saved));
            }
            return out;
        }

        @Override
        public List<OutboxMessage> stage(Transaction tx, CallContext c, Contract saved, Instant now) {
            if (process != null) {
                tx.saveRecord(processKey(saved.id()), ApprovalProcessJson.write(process), wakeAt(process), revision);
            }
            return List.of();
        }
    }

    /** When the process must be looked at again: just after its current stage's SLA, unless escalated. */
    private static @Nullable Instant wakeAt(ApprovalProcess p) {
        if (p.escalated()) {
            return null;
        }
        // Escalation needs the SLA exceeded, not reached: wake one millisecond after it.
        return p.slaDeadline().map(d -> d.plusMillis(1)).orElse(null);
    }

    private Optional<String> policyId(Library.RecordReader reader, Contract c) {
        if (library == null) {
            return Optional.empty();
        }
        Optional<String> byType = contractType(reader, c).map(ContractType::approvalPolicyId);
        return byType.isPresent() ? byType : Optional.ofNullable(defaultPolicyId);
    }

    private Optional<ContractType> contractType(Library.RecordReader reader, Contract c) {
        return reader.get(RecordKey.of(RecordKind.CONTRACT_TYPE, c.type().value()))
                .map(r -> ContractTypeJson.read(r.body()));
    }

    private ContractFacts facts(Library.RecordReader reader, Contract c, UserId submitter) {
        // A contract type the library does not hold defines no custom fields.
        ContractType type = contractType(reader, c).orElseGet(() -> new ContractType(c.type(), c.type().value(), null,
                List.of(), null, null, null, null, NumberingPattern.parse("{seq}")));
        ContractFacts facts = ContractFactsMapper.from(c, type, DeviationReport.none(), RiskLevel.LOW, submitter);
        Optional<StoredRecord> doc = reader.get(RecordKey.of(RecordKind.DOCUMENT, c.id().value()));
        return doc.isEmpty() ? facts : facts.withDeviations(DocumentRecord.read(doc.get().body()).deviations());
    }

    private Route route(CallContext ctx, ApprovalRouter router, ContractFacts facts, Instant now, LocalDate on) {
        OrgStructure org = DirectoryOrg.snapshot(directory, ctx, now, on,
                new LinkedHashSet<>(List.of(facts.amount().currency(), router.policy().currency())));
        return router.route(facts, org, rates, on);
    }

    private ApprovalProcess read(Library.RecordReader reader, StoredRecord r) {
        return ApprovalProcessJson.read(r.body(), (id, version) -> library().router(reader, id, version));
    }

    private Library library() {
        return Objects.requireNonNull(library, "library");
    }

    private List<OutboxMessage> requests(Contract c, Set<UserId> approvers, String template) {
        List<OutboxMessage> out = new ArrayList<>();
        for (UserId u : approvers) {
            out.add(notices.to(u, c, template, Map.of()));
        }
        return out;
    }
}
