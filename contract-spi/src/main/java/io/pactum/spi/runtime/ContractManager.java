package io.pactum.spi.runtime;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.Transition;
import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.ObligationLedger;
import io.pactum.core.obligation.ObligationLedgers;
import io.pactum.core.obligation.ObligationPlan;
import io.pactum.core.reminder.CatchUp;
import io.pactum.core.reminder.ReminderPolicy;
import io.pactum.rules.risk.RiskProfiles;
import io.pactum.spi.CallContext;
import io.pactum.spi.RevisionConflictException;
import io.pactum.spi.SpiError;
import io.pactum.spi.TenantId;
import io.pactum.spi.access.AccessDecision;
import io.pactum.spi.access.AccessDeniedException;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.access.Action;
import io.pactum.spi.audit.AuditCheckpoint;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.audit.AuditOutcome;
import io.pactum.spi.audit.AuditVerification;
import io.pactum.spi.audit.AuditVerifier;
import io.pactum.spi.internal.AuditChainWriter;
import io.pactum.spi.internal.EventPayloads;
import io.pactum.spi.internal.Fingerprints;
import io.pactum.spi.internal.OutboxDispatcher;
import io.pactum.spi.port.AuditLog;
import io.pactum.spi.port.ContractStore;
import io.pactum.spi.port.Directory;
import io.pactum.spi.port.ESignaturePort;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IdGenerator;
import io.pactum.spi.port.IntegrationEventPort;
import io.pactum.spi.port.KeyProvider;
import io.pactum.spi.port.NotificationPort;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.OutboxStore;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.RecordStore;
import io.pactum.spi.port.Person;
import io.pactum.spi.port.SignatureOutcome;
import io.pactum.spi.port.SignatureRequest;
import io.pactum.spi.port.Signer;
import io.pactum.spi.port.Transaction;
import io.pactum.spi.port.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime: runs the lifecycle commands over the host's ports. Every command
 * <ol>
 *   <li>names an actor (the context's) whom the {@link Directory} must know;</li>
 *   <li>loads the contract in a {@link UnitOfWork} and asks the {@link AccessPolicy} (deny by
 *       default); a denial writes a {@link AuditOutcome#DENIED} audit entry and throws
 *       {@link AccessDeniedException};</li>
 *   <li>checks the revision the caller saw (a stale one is a {@link RevisionConflictException});</li>
 *   <li>applies the change through the contract model (an illegal transition throws
 *       {@code IllegalTransitionException} and writes nothing);</li>
 *   <li>writes the new state, exactly one hash-chained audit entry and the outbox messages in the
 *       same unit of work.</li>
 * </ol>
 * Messages are delivered later by {@link #dispatchOutbox(Instant)} or {@link #runDueWork(Instant)},
 * at least once, in order per contract.
 *
 * <p>Records beside the contract (the approval process, the composed document, the terms history)
 * are read and written in the same unit of work. The {@link #library()} holds the tenant's approval
 * policies, templates, clauses and contract types; when a policy applies, {@link #submit} starts an
 * approval process that {@link #decide} drives (see docs/spi.md).
 *
 * <pre>{@code
 * InMemoryStorage storage = InMemoryStorage.create();
 * ContractManager manager = ContractManager.builder()
 *         .storage(storage)
 *         .directory(directory)
 *         .accessPolicy(AccessPolicy.standard())
 *         .clock(clock)
 *         .build();
 * CommandResult created = manager.createDraft(ctx, draft, "new deal");
 * manager.submit(ctx, draft.id(), created.contract().revision(), "ready for review");
 * }</pre>
 *
 * <p>Thread-safe: concurrent commands on one contract are serialised by the revision check.
 */
public final class ContractManager {

    private static final Logger LOG = LoggerFactory.getLogger(ContractManager.class);

    /** Internal: the command works on the current revision, whatever it is (external callbacks). */
    private static final long CURRENT_REVISION = -1;

    private final ContractStore contracts;
    private final UnitOfWork unitOfWork;
    private final AuditLog auditLog;
    private final Directory directory;
    private final AccessPolicy policy;
    private final Clock clock;
    private final IdGenerator ids;
    private final KeyProvider keys;
    private final String notificationChannel;
    private final ContractNotices notices;
    private final List<DueWorkStep> dueWork;
    private final OutboxDispatcher dispatcher;
    private final @Nullable RecordStore records;
    private final @Nullable Library library;
    private final ApprovalFlow approvals;
    private final ChangeCommands changes;
    private final ObligationCommands obligations;
    private final @Nullable ObligationDueWork obligationDueWork;

    private ContractManager(Builder b) {
        this.contracts = required(b.contracts, "contracts");
        this.unitOfWork = required(b.unitOfWork, "unitOfWork");
        OutboxStore outbox = required(b.outbox, "outbox");
        this.auditLog = required(b.auditLog, "auditLog");
        this.directory = required(b.directory, "directory");
        this.policy = b.policy != null ? b.policy : AccessPolicy.denyAll();
        this.clock = b.clock != null ? b.clock : Clock.systemUTC();
        this.ids = b.ids != null ? b.ids : IdGenerator.random();
        this.keys = b.keys != null ? b.keys : KeyProvider.none();
        this.notificationChannel = b.notificationChannel != null ? b.notificationChannel : "in-app";
        this.notices = new ContractNotices(ids, notificationChannel);
        this.dueWork = List.copyOf(b.dueWork);
        this.dispatcher = new OutboxDispatcher(outbox,
                b.notifications != null ? b.notifications : NotificationPort.noop(),
                b.events != null ? b.events : IntegrationEventPort.noop(),
                b.signatures != null ? b.signatures : ESignaturePort.noop(),
                b.dispatchPolicy != null ? b.dispatchPolicy : DispatchPolicy.standard());
        this.records = b.records;
        this.library = records == null ? null : new Library(records, unitOfWork, directory, clock,
                b.libraryRoles != null ? b.libraryRoles : java.util.Set.of("admin"));
        this.approvals = new ApprovalFlow(library, records, unitOfWork, directory,
                b.rates != null ? b.rates : io.pactum.rules.facts.RateSource.sameCurrencyOnly(), notices,
                b.approvalPolicy, clock, this::lifecycleMessages);
        ExecutionSettings execution = new ExecutionSettings(
                b.obligationCalendar != null ? b.obligationCalendar : BusinessCalendar.weekendsOnly(),
                b.reminderPolicy != null ? b.reminderPolicy : ReminderPolicy.standard(ZoneOffset.UTC),
                b.reminderCatchUp != null ? b.reminderCatchUp : CatchUp.LATEST_ONLY, b.riskProfiles,
                b.dueWorkTenants == null ? List.of() : b.dueWorkTenants.stream()
                        .sorted(java.util.Comparator.comparing(TenantId::value)).toList(), notificationChannel);
        this.obligations = new ObligationCommands(execution, ids);
        this.changes = new ChangeCommands(ids, obligations);
        this.obligationDueWork = execution.tenants().isEmpty() ? null
                : new ObligationDueWork(required(b.records, "records"), unitOfWork, directory, execution);
    }

    /** A builder; the storage ports and the directory are required, everything else has a default. */
    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- commands

    /**
     * Creates a draft. The contract must be in status DRAFT at revision 0 and its id unused.
     *
     * @param ctx who, for which tenant
     * @param draft the new contract
     * @param reason why, for the audit log ({@code ""} allowed)
     * @return the contract as stored, at revision 1
     * @throws PactumException {@link SpiError#CONTRACT_EXISTS}, {@link SpiError#BAD_ARGUMENT} for a draft not in DRAFT
     */
    public CommandResult createDraft(CallContext ctx, Contract draft, String reason) {
        Arguments.present(draft, "draft");
        if (draft.status() != ContractStatus.DRAFT) {
            throw new PactumException(SpiError.BAD_ARGUMENT, "status", "a new contract starts in DRAFT, not " + draft.status());
        }
        return execute(ctx, Action.CREATE, draft.id(), 0, reason, new Command() {
            @Override
            public Contract subject(Optional<Contract> current, ContractId id) {
                if (current.isPresent()) {
                    throw new PactumException(SpiError.CONTRACT_EXISTS, "id", "contract " + id + " already exists");
                }
                return draft;
            }

            @Override
            public Contract apply(Contract subject, Instant now) {
                return subject;
            }
        });
    }

    /**
     * Changes a draft's content through {@link Contract#edit}. Only drafts: a contract in approval is
     * withdrawn, an approved or rejected one revised, before it changes, so that nobody approves or
     * signs content that moves; signed content changes only by amendment.
     *
     * @param ctx who, for which tenant
     * @param id the contract
     * @param expectedRevision the revision the change is based on
     * @param change the change, on a builder holding the contract's values
     * @param reason why
     * @throws PactumException {@link SpiError#NOT_EDITABLE} if the contract is not a draft
     */
    public CommandResult edit(CallContext ctx, ContractId id, long expectedRevision, UnaryOperator<Contract.Builder> change,
            String reason) {
        Arguments.present(change, "change");
        return execute(ctx, Action.EDIT, id, expectedRevision, reason, (subject, now) -> {
            if (subject.status() != ContractStatus.DRAFT) {
                throw new PactumException(SpiError.NOT_EDITABLE, "status", "contract " + subject.number() + " is "
                        + subject.status() + "; only a draft can be edited");
            }
            return subject.edit(change);
        });
    }

    /**
     * Submits a draft for approval. When an approval policy applies (the contract type's, from the
     * {@link #library()}, or the builder's {@link Builder#approvalPolicy default}), the contract is
     * routed and an approval process starts (see {@link #decide}); its first approvers are notified.
     * Without a policy the head of the contract's department is notified and one {@link #approve}
     * decides.
     *
     * @throws io.pactum.rules.approval.ApprovalException when no route can be built (authority,
     *     separation of duties, nobody eligible), writing nothing
     */
    public CommandResult submit(CallContext ctx, ContractId id, long expectedRevision, String reason) {
        return run(ctx, Action.SUBMIT, id, expectedRevision, reason, approvals.submit(ctx, reason));
    }

    /**
     * Takes a contract back out of approval (to draft); an open approval process is withdrawn, which
     * only the owner or submitter may do.
     */
    public CommandResult withdraw(CallContext ctx, ContractId id, long expectedRevision, String reason) {
        return run(ctx, Action.WITHDRAW, id, expectedRevision, reason,
                approvals.decide(ctx, ApprovalDecision.withdraw(reason), Transition.WITHDRAW));
    }

    /**
     * Approves: with an approval process, {@code decide(APPROVE)} for the actor's seat (the contract
     * becomes APPROVED when the last stage is satisfied); without one, the single decision that
     * approves the contract. Approval emits {@code contract.approved} and notifies the owner.
     */
    public CommandResult approve(CallContext ctx, ContractId id, long expectedRevision, String reason) {
        return run(ctx, Action.APPROVE, id, expectedRevision, reason,
                approvals.decide(ctx, ApprovalDecision.approve(reason), Transition.APPROVE));
    }

    /**
     * Rejects a contract in approval and notifies the owner.
     *
     * @throws PactumException {@link SpiError#BAD_ARGUMENT} for a blank reason: a rejection says why
     */
    public CommandResult reject(CallContext ctx, ContractId id, long expectedRevision, String reason) {
        requireReason(reason, "reject");
        return run(ctx, Action.REJECT, id, expectedRevision, reason,
                approvals.decide(ctx, ApprovalDecision.reject(reason), Transition.REJECT));
    }

    /** Sends a rejected or approved contract back to draft. */
    public CommandResult revise(CallContext ctx, ContractId id, long expectedRevision, String reason) {
        return transition(ctx, Action.REVISE, Transition.REVISE, id, expectedRevision, reason);
    }

    /**
     * Decides on the contract's approval process as the calling actor: approve their seat, reject,
     * request changes (the contract goes back to draft; the owner edits and submits again), delegate
     * their seat, or withdraw. The access policy is asked about {@link ApprovalDecision.Kind#action()}
     * (APPROVE, REJECT or WITHDRAW); separation of duties, authority and stage modes are the
     * process's. The contract moves only when the process ends or hands it back; other decisions
     * write an audit entry (reason {@code KIND: comment}) and leave the contract's revision unchanged.
     *
     * @throws PactumException {@link SpiError#NO_APPROVAL_PROCESS} without an open process;
     *     {@link io.pactum.rules.approval.ApprovalException} for a decision the process refuses
     *     ({@code PCT-4060..4068}), writing nothing
     */
    public CommandResult decide(CallContext ctx, ContractId id, long expectedRevision, ApprovalDecision decision) {
        Arguments.present(decision, "decision");
        return run(ctx, decision.kind().action(), id, expectedRevision, decision.kind() + ": " + decision.comment(),
                approvals.decide(ctx, decision, null));
    }

    /**
     * The contract's approval process, if it has one (read access to the contract is checked).
     *
     * @throws AccessDeniedException if the actor may not read the contract
     */
    public Optional<io.pactum.rules.approval.ApprovalProcess> approvalProcess(CallContext ctx, ContractId id) {
        return get(ctx, id).flatMap(c -> approvals.process(ctx, id));
    }

    /**
     * Escalates the tenant's approval processes whose current stage's SLA ran out by {@code now}:
     * the stage's escalation target may then take every open seat and is notified. Each escalation
     * is one audit entry by {@code pactum-runtime}. Usually run as the {@link #approvalEscalation}
     * due-work step.
     *
     * @param ctx names the tenant (its actor is not used: escalation is the runtime's own work)
     * @return how many processes were escalated
     */
    public int escalateOverdueApprovals(CallContext ctx, Instant now) {
        return approvals.escalateDue(Arguments.present(ctx, "ctx"), Arguments.present(now, "now"));
    }

    /**
     * A due-work step that escalates overdue approvals of these tenants at every
     * {@link #runDueWork} (its notifications go through the outbox in the escalation's unit of work,
     * so the step itself returns no message).
     */
    public DueWorkStep approvalEscalation(io.pactum.spi.TenantId... tenants) {
        List<io.pactum.spi.TenantId> all = List.of(tenants);
        return now -> {
            for (io.pactum.spi.TenantId t : all) {
                escalateOverdueApprovals(CallContext.of(t, ApprovalFlow.RUNTIME, "escalation-" + now), now);
            }
            return List.of();
        };
    }

    /**
     * The tenant's library of approval policies, templates, clauses and contract types, kept in the
     * record store.
     *
     * @throws PactumException {@link SpiError#BUILDER_OPTION} when the manager has no record store
     */
    public Library library() {
        if (library == null) {
            throw new PactumException(SpiError.BUILDER_OPTION, "records", "the library lives in the record store; set"
                    + " records (or storage) on the builder");
        }
        return library;
    }

    /**
     * Creates a draft from a template: composes the template version with the values, variants and
     * edits, stores the composed document (text, fingerprint, deviations) as a {@code document}
     * record beside the contract, and pins the template version on the contract as the external
     * reference {@code pactum.template = templateId@version}. The document's fingerprint is what
     * {@link #sendForSignature} has signed.
     *
     * @throws io.pactum.core.error.ValidationException every composition problem with its path
     * @throws PactumException {@link SpiError#LIBRARY_ITEM_NOT_FOUND} for an unknown template or
     *     version, {@link SpiError#BAD_ARGUMENT} when the header's type is not the template's
     */
    public CommandResult createDraftFromTemplate(CallContext ctx, TemplateDraft draft, String reason) {
        Arguments.present(draft, "draft");
        Contract header = draft.header();
        if (header.status() != ContractStatus.DRAFT) {
            throw new PactumException(SpiError.BAD_ARGUMENT, "status", "a new contract starts in DRAFT, not " + header.status());
        }
        Contract pinned = Drafting.pin(header, draft);
        Drafting drafting = new Drafting(this::library, draft);
        return execute(ctx, Action.CREATE, pinned.id(), 0, reason, new Command() {
            @Override
            public Contract subject(Optional<Contract> current, ContractId id) {
                if (current.isPresent()) {
                    throw new PactumException(SpiError.CONTRACT_EXISTS, "id", "contract " + id + " already exists");
                }
                return pinned;
            }

            @Override
            public Contract apply(Contract subject, Instant now) {
                return drafting.compose(outside(ctx), subject);
            }

            @Override
            public Contract apply(Transaction tx, Contract subject, Instant now) {
                return drafting.compose(Library.RecordReader.of(tx), subject);
            }

            @Override
            public List<OutboxMessage> stage(Transaction tx, CallContext c, Optional<Contract> before, Contract saved,
                    Instant now) {
                drafting.stage(tx, saved);
                return List.of();
            }
        });
    }

    /**
     * Records an amendment of a signed, active or suspended contract: the amendment (typed, with its
     * reason and effective date, {@link io.pactum.core.amendment.Amendment}) is applied to the
     * latest version of the terms ({@link io.pactum.core.amendment.TermsHistory}); the contract takes
     * the new value, term and renewal terms; the version is added to the contract's terms history
     * (record {@code terms-history}); {@code contract.amended} is emitted.
     *
     * @throws PactumException {@link SpiError#NOT_AMENDABLE}; {@code PCT-3050}, {@code PCT-3051} from the amendment
     *     (effective date before the latest version, a duplicate id, a change that does not fit)
     */
    public CommandResult amend(CallContext ctx, ContractId id, long expectedRevision,
            io.pactum.core.amendment.Amendment amendment, String reason) {
        Arguments.present(amendment, "amendment");
        requireReason(reason, "amend");
        return run(ctx, Action.AMEND, id, expectedRevision, reason, changes.amend(amendment, ctx.actor()));
    }

    /**
     * Renews a signed, active or suspended contract for its next period under its renewal terms
     * ({@link io.pactum.core.renewal.Renewals}): the term runs to the end of the next period and the
     * renewals left count down; recorded as a renewal version in the terms history;
     * {@code contract.renewed} is emitted.
     *
     * @throws PactumException {@link SpiError#NOT_AMENDABLE}; {@code RENEWAL_INVALID} when the terms
     *     allow no further renewal (fixed term, evergreen, maximum reached)
     */
    public CommandResult renew(CallContext ctx, ContractId id, long expectedRevision, String reason) {
        requireReason(reason, "renew");
        return run(ctx, Action.RENEW, id, expectedRevision, reason, changes.renew(reason, clock.getZone()));
    }

    /**
     * The version of the contract's terms in force on a date, as the contract stood then: the
     * original, or the state after the last amendment or renewal effective on or before the date
     * (read access is checked).
     */
    public Optional<Contract> termsInForce(CallContext ctx, ContractId id, java.time.LocalDate on) {
        Arguments.present(on, "on");
        Optional<Contract> current = get(ctx, id);
        if (current.isEmpty()) {
            return current;
        }
        Optional<io.pactum.spi.port.StoredRecord> history = records == null ? Optional.empty()
                : records.getRecord(ctx, io.pactum.spi.port.RecordKey.of(io.pactum.spi.port.RecordKind.TERMS_HISTORY,
                        id.value()));
        return history.isEmpty() ? current.filter(c -> !on.isBefore(c.term().effectiveDate()))
                : ChangeCommands.inForce(history.get().body(), on);
    }

    /** Runs a step that reads and writes records beside the contract through the one path. */
    private CommandResult run(CallContext ctx, Action action, ContractId id, long expectedRevision, String reason,
            ContractStep step) {
        return execute(ctx, action, id, expectedRevision, reason, new Command() {
            @Override
            public Contract apply(Contract subject, Instant now) {
                return step.apply(outside(ctx), subject, now);
            }

            @Override
            public Contract apply(Transaction tx, Contract subject, Instant now) {
                return step.apply(inside(tx), subject, now);
            }

            @Override
            public List<OutboxMessage> messages(CallContext c, Contract saved, Instant now) {
                return step.messages(c, saved, now);
            }

            @Override
            public List<OutboxMessage> stage(Transaction tx, CallContext c, Optional<Contract> before, Contract saved,
                    Instant now) {
                return step.stage(tx, c, saved, now);
            }
        });
    }

    /**
     * Sends an approved contract for signature: the signature request for the document's fingerprint
     * goes out through the outbox to the {@link ESignaturePort}.
     *
     * @param signers who must sign, at least one
     */
    public CommandResult sendForSignature(CallContext ctx, ContractId id, long expectedRevision, List<Signer> signers,
            String reason) {
        List<Signer> who = Arguments.list(signers, "signers");
        if (who.isEmpty()) {
            throw new PactumException(SpiError.BAD_ARGUMENT, "signers", "a signature request needs at least one signer");
        }
        return execute(ctx, Action.SEND_FOR_SIGNATURE, id, expectedRevision, reason, new Command() {
            private String fingerprint = "";

            @Override
            public Contract apply(Contract subject, Instant now) {
                return apply(outside(ctx), subject);
            }

            @Override
            public Contract apply(Transaction tx, Contract subject, Instant now) {
                return apply(inside(tx), subject);
            }

            private Contract apply(Library.RecordReader reader, Contract subject) {
                Contract next = subject.transition(Transition.SEND_FOR_SIGNATURE);
                fingerprint = Drafting.signedFingerprint(reader, subject);
                return next;
            }

            @Override
            public List<OutboxMessage> messages(CallContext c, Contract saved, Instant now) {
                return List.of(new SignatureRequest(ids.newId("signature"), saved.id(), fingerprint, who, now));
            }
        });
    }

    /**
     * Records the e-signature provider's outcome: signed moves the contract to SIGNED and emits
     * {@code contract.signed}; declined or expired moves it back to APPROVED and notifies the owner.
     * Works on the current revision, since the provider cannot know it.
     *
     * @throws PactumException {@link SpiError#SIGNATURE_MISMATCH} if the signed document is not this
     *     contract's current content
     */
    public CommandResult recordSignature(CallContext ctx, SignatureOutcome outcome, String reason) {
        Arguments.present(outcome, "outcome");
        boolean signed = outcome.result() == SignatureOutcome.Result.SIGNED;
        Transition t = signed ? Transition.RECORD_SIGNATURE : Transition.SIGNATURE_FAILED;
        return execute(ctx, Action.RECORD_SIGNATURE, outcome.contractId(), CURRENT_REVISION, reason, new Command() {
            @Override
            public Contract apply(Contract subject, Instant now) {
                return check(outside(ctx), subject);
            }

            @Override
            public Contract apply(Transaction tx, Contract subject, Instant now) {
                return check(inside(tx), subject);
            }

            private Contract check(Library.RecordReader reader, Contract subject) {
                if (!Drafting.signedFingerprint(reader, subject).equals(outcome.documentFingerprint())) {
                    throw new PactumException(SpiError.SIGNATURE_MISMATCH, "documentFingerprint", "outcome "
                            + outcome.requestId() + " is for another document than contract " + subject.number());
                }
                return subject.transition(t);
            }

            @Override
            public List<OutboxMessage> messages(CallContext c, Contract saved, Instant now) {
                if (signed) {
                    return List.of(EventPayloads.contractEvent(ids.newId("event"), EventType.CONTRACT_SIGNED, c, saved, now));
                }
                return List.of(notices.toOwner(saved, "contract.signature-failed",
                        Map.of("result", outcome.result().name(), "signer", outcome.signer())));
            }
        });
    }

    /** Puts a signed contract in force; emits {@code contract.activated}. */
    public CommandResult activate(CallContext ctx, ContractId id, long expectedRevision, String reason) {
        return transition(ctx, Action.ACTIVATE, Transition.ACTIVATE, id, expectedRevision, reason);
    }

    /** Puts an active contract on hold. */
    public CommandResult suspend(CallContext ctx, ContractId id, long expectedRevision, String reason) {
        return transition(ctx, Action.SUSPEND, Transition.SUSPEND, id, expectedRevision, reason);
    }

    /** Resumes a suspended contract. */
    public CommandResult resume(CallContext ctx, ContractId id, long expectedRevision, String reason) {
        return transition(ctx, Action.RESUME, Transition.RESUME, id, expectedRevision, reason);
    }

    /** Ends a contract at the end of its term. */
    public CommandResult expire(CallContext ctx, ContractId id, long expectedRevision, String reason) {
        return transition(ctx, Action.EXPIRE, Transition.EXPIRE, id, expectedRevision, reason);
    }

    /**
     * Ends a contract early; emits {@code contract.terminated}.
     *
     * @throws PactumException {@link SpiError#BAD_ARGUMENT} for a blank reason: a termination says why
     */
    public CommandResult terminate(CallContext ctx, ContractId id, long expectedRevision, String reason) {
        requireReason(reason, "terminate");
        return transition(ctx, Action.TERMINATE, Transition.TERMINATE, id, expectedRevision, reason);
    }

    /** Closes an ended contract for good. */
    public CommandResult archive(CallContext ctx, ContractId id, long expectedRevision, String reason) {
        return transition(ctx, Action.ARCHIVE, Transition.ARCHIVE, id, expectedRevision, reason);
    }

    // ---------------------------------------------------------------- execution: obligations and payments

    /**
     * Puts a signed contract in force and opens its obligation ledger: the plan is scheduled on the
     * builder's {@link Builder#obligationCalendar calendar}, with the signature dated on the day of
     * activation (in the reminder policy's zone) and the effective date from the term. Emits
     * {@code contract.activated} and {@code invoice.requested} for each incoming payment whose
     * condition activation meets (for example "30% within 10 business days of signature"). The
     * ledger is stored as a {@link io.pactum.spi.port.RecordKind#OBLIGATIONS} record in the same unit
     * of work; {@link #runDueWork(Instant)} then sends its reminders and escalations.
     *
     * @param plan the obligation plan
     * @throws PactumException {@link SpiError#OBLIGATION_LEDGER} if the contract has a ledger already,
     *     {@code ScheduleError} codes if the plan cannot be scheduled for this contract
     */
    public CommandResult activate(CallContext ctx, ContractId id, long expectedRevision, ObligationPlan plan,
            String reason) {
        Arguments.present(plan, "plan");
        return execute(ctx, Action.ACTIVATE, id, expectedRevision, reason, new Command() {
            @Override
            public Contract apply(Contract subject, Instant now) {
                return subject.transition(Transition.ACTIVATE);
            }

            @Override
            public List<OutboxMessage> messages(CallContext c, Contract saved, Instant now) {
                return lifecycleMessages(c, Transition.ACTIVATE, saved, now, reason);
            }

            @Override
            public List<OutboxMessage> stage(Transaction tx, CallContext c, Optional<Contract> before, Contract saved,
                    Instant now) {
                return obligations.open(tx, c, saved, plan, now);
            }
        });
    }

    /**
     * Records that an obligation was fulfilled (a payment: its whole outstanding amount); emits
     * {@code obligation.fulfilled} (a payment also {@code payment.received}) and
     * {@code invoice.requested} for incoming payments the fulfilment dates (a milestone reached).
     * Works on the current revision; the contract is not changed, the ledger is, and the command is
     * audited.
     *
     * @param obligationKey the obligation, {@code <plan line id>#<occurrence>}
     * @param fulfilledOn the business date it was fulfilled
     * @param evidence references to the evidence; required where the plan asks for it
     * @throws PactumException {@link SpiError#OBLIGATION_LEDGER}, {@link SpiError#OBLIGATION_NOT_FOUND},
     *     {@code ScheduleError.ILLEGAL_OBLIGATION_TRANSITION} if it is not open,
     *     {@code ScheduleError.EVIDENCE_MISSING}
     */
    public CommandResult recordFulfilment(CallContext ctx, ContractId id, String obligationKey, LocalDate fulfilledOn,
            List<String> evidence, String reason) {
        Arguments.present(obligationKey, "obligationKey");
        Arguments.present(fulfilledOn, "fulfilledOn");
        List<String> proof = Arguments.list(evidence, "evidence");
        return execute(ctx, Action.RECORD_FULFILMENT, id, CURRENT_REVISION, reason, ledgerCommand((tx, c, saved, now) ->
                obligations.fulfil(tx, c, saved, obligationKey, fulfilledOn, proof, reason, now)));
    }

    /**
     * Records a payment against a payment obligation, in full or in part: the rest stays outstanding,
     * exactly. Emits {@code payment.received} (with {@code late} when paid after the due date) and,
     * once paid in full, {@code obligation.fulfilled}.
     *
     * @param amount what was paid, positive, in the contract's currency
     * @param paidOn the business date it was paid
     * @throws PactumException {@link SpiError#OVERPAYMENT} if more than outstanding,
     *     {@link SpiError#BAD_ARGUMENT} for a non-positive amount or another currency,
     *     {@link SpiError#OBLIGATION_NOT_FOUND} for an unknown key or an obligation that is not a payment
     */
    public CommandResult recordPayment(CallContext ctx, ContractId id, String obligationKey, Money amount,
            LocalDate paidOn, List<String> evidence, String reason) {
        Arguments.present(obligationKey, "obligationKey");
        Arguments.present(amount, "amount");
        Arguments.present(paidOn, "paidOn");
        if (!amount.isPositive()) {
            // Checked here as well as against the ledger: a dry run reads no ledger.
            throw new PactumException(SpiError.BAD_ARGUMENT, "amount", "a payment of " + obligationKey
                    + " is a positive amount, not " + amount);
        }
        List<String> proof = Arguments.list(evidence, "evidence");
        return execute(ctx, Action.RECORD_PAYMENT, id, CURRENT_REVISION, reason, ledgerCommand((tx, c, saved, now) ->
                obligations.pay(tx, c, saved, obligationKey, amount, paidOn, proof, reason, now)));
    }

    /**
     * Records the customer's acceptance of the delivery: obligations due relative to it get their
     * dates (a payment 30 days after acceptance, the release of retention money), open acceptance
     * obligations are fulfilled ({@code obligation.fulfilled}), and each incoming payment so dated
     * emits {@code invoice.requested}.
     *
     * @throws PactumException {@link SpiError#BAD_ARGUMENT} if an acceptance was recorded already
     */
    public CommandResult recordDeliveryAcceptance(CallContext ctx, ContractId id, LocalDate acceptedOn,
            List<String> evidence, String reason) {
        Arguments.present(acceptedOn, "acceptedOn");
        List<String> proof = Arguments.list(evidence, "evidence");
        return execute(ctx, Action.RECORD_ACCEPTANCE, id, CURRENT_REVISION, reason, ledgerCommand((tx, c, saved, now) ->
                obligations.accept(tx, c, saved, acceptedOn, proof, reason, now)));
    }

    /** The work of an execution command on the ledger, in the command's unit of work. */
    @FunctionalInterface
    private interface LedgerWork {
        List<OutboxMessage> stage(Transaction tx, CallContext ctx, Contract contract, Instant now);
    }

    /** A command that leaves the contract as it is and changes its ledger. */
    private static Command ledgerCommand(LedgerWork work) {
        return new Command() {
            @Override
            public Contract apply(Contract subject, Instant now) {
                return subject;
            }

            @Override
            public List<OutboxMessage> stage(Transaction tx, CallContext c, Optional<Contract> before, Contract saved,
                    Instant now) {
                return work.stage(tx, c, saved, now);
            }
        };
    }

    // ---------------------------------------------------------------- queries and background work

    /**
     * Reads a contract, if the policy allows the actor {@link Action#READ}; a denial is audited.
     *
     * @throws AccessDeniedException if not allowed
     */
    public Optional<Contract> get(CallContext ctx, ContractId id) {
        Arguments.present(ctx, "ctx");
        Arguments.present(id, "id");
        Optional<Contract> found = contracts.get(ctx, id);
        if (found.isEmpty()) {
            return found;
        }
        Person actor = actor(ctx, Action.READ, id);
        AccessDecision d = policy.decide(actor, Action.READ, found.get());
        if (!d.allowed()) {
            throw denied(ctx, Action.READ, id, d.explanation());
        }
        return found;
    }

    /**
     * The contract's obligation ledger as the runtime keeps it, if the actor may read the contract
     * (a denial is audited): every obligation with its due date, status, amounts and history, the
     * event dates known and the open risk alerts. Empty when the contract does not exist, was never
     * activated with a plan, or no record store is configured. For hosts that show a contract's
     * obligations (a ledger page, a finance export) without reading the record store themselves.
     *
     * @throws AccessDeniedException if not allowed
     * @throws io.pactum.core.error.ValidationException if the stored ledger is not one the runtime wrote
     */
    public Optional<ObligationLedger> obligations(CallContext ctx, ContractId id) {
        if (get(ctx, id).isEmpty() || records == null) {
            return Optional.empty();
        }
        return records.getRecord(ctx, RecordKey.of(RecordKind.OBLIGATIONS, id.value()))
                .map(r -> ObligationLedgers.fromJson(r.body()));
    }

    /**
     * Delivers the outbox entries due at {@code now}, at least once and in order per contract;
     * failing adapters are retried with backoff and parked after too many tries.
     */
    public DispatchReport dispatchOutbox(Instant now) {
        return dispatcher.dispatch(Arguments.present(now, "now"));
    }

    /**
     * The periodic job a host schedules. First the built-in obligation work, for the
     * {@link Builder#dueWorkTenants tenants} configured: each obligation ledger whose wake-up
     * instant has come is advanced in one unit of work (obligations due and overdue, reminders and
     * escalations by the reminder policy, risk alerts raised and resolved, the next wake-up instant);
     * then the messages the {@link DueWorkStep}s say are due, each idempotency key kept once; then
     * the outbox is dispatched.
     *
     * @param now the run's time, from the host's scheduler
     */
    public DueWorkReport runDueWork(Instant now) {
        Arguments.present(now, "now");
        List<String> failedLedgers = new ArrayList<>();
        int enqueued = obligationDueWork == null ? 0 : obligationDueWork.run(now, failedLedgers);
        int failedSteps = 0;
        for (DueWorkStep step : dueWork) {
            List<DueMessage> due;
            try {
                due = step.due(now);
            } catch (RuntimeException e) {
                LOG.warn("due-work step {} failed at {}; skipped for this run", step, now, e);
                failedSteps++;
                continue;
            }
            for (DueMessage m : due) {
                CallContext ctx = CallContext.of(m.tenant(), ObligationCommands.SYSTEM, "due-" + now);
                if (unitOfWork.inTransaction(ctx, tx -> tx.enqueue(m.message(), now))) {
                    enqueued++;
                }
            }
        }
        return new DueWorkReport(enqueued, failedSteps, dispatchOutbox(now), failedLedgers);
    }

    /**
     * Verifies the tenant's audit log with {@link AuditVerifier}.
     *
     * @param checkpoint an exported checkpoint, or {@code null}
     */
    public AuditVerification verifyAuditLog(CallContext ctx, @Nullable AuditCheckpoint checkpoint) {
        return AuditVerifier.verify(auditLog.readAll(ctx), checkpoint);
    }

    /** The key provider, for field encryption in later releases. */
    KeyProvider keyProvider() {
        return keys;
    }

    // ---------------------------------------------------------------- the one path of every mutation

    /** One use case: which contract the policy judges, the new state, and the messages to send. */
    private interface Command {
        /** The contract the policy judges: the stored one (or, for a create, the new one). */
        default Contract subject(Optional<Contract> current, ContractId id) {
            return current.orElseThrow(() -> new PactumException(SpiError.CONTRACT_NOT_FOUND, "id",
                    "no contract " + id));
        }

        /** The new state; its revision is set by the store. */
        Contract apply(Contract subject, Instant now);

        /**
         * The new state, for a command that reads its records first (an approval decision reads the
         * process). Returning {@code subject} itself leaves a stored contract unsaved and its revision
         * unchanged: a step of a process is audited, but it is not a new version of the contract.
         */
        default Contract apply(Transaction tx, Contract subject, Instant now) {
            return apply(subject, now);
        }

        /** The messages to put in the outbox, given the stored new state. */
        default List<OutboxMessage> messages(CallContext ctx, Contract saved, Instant now) {
            return List.of();
        }

        /**
         * Stages the command's records (the approval process, the obligation ledger) in the same
         * unit of work, after the contract, and returns further messages for the outbox. Not called
         * in a dry run, which writes nothing.
         */
        default List<OutboxMessage> stage(Transaction tx, CallContext ctx, Optional<Contract> before, Contract saved,
                Instant now) {
            return List.of();
        }
    }

    /** The result of a unit of work: done, or denied with nothing written. */
    private record Outcome(@Nullable CommandResult result, @Nullable String denial) {
    }

    private CommandResult transition(CallContext ctx, Action action, Transition transition, ContractId id,
            long expectedRevision, String reason) {
        return execute(ctx, action, id, expectedRevision, reason, new Command() {
            @Override
            public Contract apply(Contract subject, Instant now) {
                return subject.transition(transition);
            }

            @Override
            public List<OutboxMessage> messages(CallContext c, Contract saved, Instant now) {
                return lifecycleMessages(c, transition, saved, now, reason);
            }
        });
    }

    /** Reads records through the command's transaction, on its connection: never a second one. */
    private Library.RecordReader inside(Transaction tx) {
        return records == null ? Library.RecordReader.none() : Library.RecordReader.of(tx);
    }

    /** Reads records outside a unit of work, for a dry run (a command reads through its transaction). */
    private Library.RecordReader outside(CallContext ctx) {
        return records == null ? Library.RecordReader.none() : Library.RecordReader.of(records, ctx);
    }

    /** Authorize, load, apply, then write state + audit + outbox in one unit of work. */
    private CommandResult execute(CallContext ctx, Action action, ContractId id, long expectedRevision, String reason,
            Command command) {
        Arguments.present(ctx, "ctx");
        Arguments.present(id, "id");
        Arguments.present(reason, "reason");
        Person actor = actor(ctx, action, id);
        if (ctx.dryRun()) {
            return dryRun(ctx, actor, action, id, expectedRevision, command);
        }
        Outcome outcome = unitOfWork.inTransaction(ctx, tx -> {
            Optional<Contract> current = tx.get(id);
            Contract subject = command.subject(current, id);
            AccessDecision decision = policy.decide(actor, action, subject);
            if (!decision.allowed()) {
                return new Outcome(null, decision.explanation());
            }
            long actual = current.map(Contract::revision).orElse(0L);
            long basis = expectedRevision == CURRENT_REVISION ? actual : expectedRevision;
            if (basis != actual) {
                throw new RevisionConflictException(id, expectedRevision, actual);
            }
            Instant now = clock.instant();
            Contract next = command.apply(tx, subject, now);
            // A create's subject is the new contract itself, so identity means 'unchanged' only for a stored one.
            Contract saved = next == subject && current.isPresent() ? subject : tx.save(next, basis);
            AuditEntry entry = AuditChainWriter.next(tx.auditHead().orElse(null), now, ctx.tenant().value(),
                    ctx.actor().value(), action.name(), id.value(), AuditOutcome.SUCCESS,
                    current.map(Fingerprints::ofState).orElse(null), Fingerprints.ofState(saved), reason,
                    ctx.correlationId());
            tx.appendAudit(entry);
            List<OutboxMessage> messages = new ArrayList<>(command.messages(ctx, saved, now));
            messages.addAll(command.stage(tx, ctx, current, saved, now));
            List<OutboxMessage> enqueued = new ArrayList<>();
            for (OutboxMessage m : messages) {
                if (tx.enqueue(m, now)) {
                    enqueued.add(m);
                }
            }
            return new Outcome(new CommandResult(saved, entry, enqueued, false), null);
        });
        if (outcome.denial() != null) {
            throw denied(ctx, action, id, outcome.denial());
        }
        return Objects.requireNonNull(outcome.result());
    }

    private CommandResult dryRun(CallContext ctx, Person actor, Action action, ContractId id, long expectedRevision,
            Command command) {
        Optional<Contract> current = contracts.get(ctx, id);
        Contract subject = command.subject(current, id);
        AccessDecision decision = policy.decide(actor, action, subject);
        if (!decision.allowed()) {
            // A dry run writes nothing, its denial included: it is a question, not an attempt.
            throw new AccessDeniedException(decision.explanation());
        }
        long actual = current.map(Contract::revision).orElse(0L);
        long basis = expectedRevision == CURRENT_REVISION ? actual : expectedRevision;
        if (basis != actual) {
            throw new RevisionConflictException(id, expectedRevision, actual);
        }
        Instant now = clock.instant();
        Contract after = command.apply(subject, now).withRevision(basis + 1);
        return new CommandResult(after, null, command.messages(ctx, after, now), true);
    }

    private Person actor(CallContext ctx, Action action, ContractId id) {
        Arguments.present(ctx, "ctx");
        Optional<Person> person = directory.person(ctx, ctx.actor());
        if (person.isEmpty()) {
            String why = ctx.actor() + " is not known to the directory and may not " + action;
            if (!ctx.dryRun()) {
                auditDenial(ctx, action, id, why);
            }
            throw new PactumException(SpiError.UNKNOWN_ACTOR, "actor", why);
        }
        return person.get();
    }

    private AccessDeniedException denied(CallContext ctx, Action action, ContractId id, String explanation) {
        auditDenial(ctx, action, id, explanation);
        LOG.info("denied: {} (tenant {}, correlation {})", explanation, ctx.tenant(), ctx.correlationId());
        return new AccessDeniedException(explanation);
    }

    private void auditDenial(CallContext ctx, Action action, ContractId id, String explanation) {
        unitOfWork.inTransaction(ctx, tx -> {
            tx.appendAudit(AuditChainWriter.next(tx.auditHead().orElse(null), clock.instant(), ctx.tenant().value(),
                    ctx.actor().value(), action.name(), id.value(), AuditOutcome.DENIED, null, null, explanation,
                    ctx.correlationId()));
            return null;
        });
    }

    private List<OutboxMessage> lifecycleMessages(CallContext ctx, Transition t, Contract saved, Instant now,
            String reason) {
        List<OutboxMessage> out = new ArrayList<>();
        if (t == Transition.SUBMIT) {
            directory.departmentHead(ctx, saved.department()).ifPresent(head -> out.add(
                    notices.to(head, saved, "contract.submitted", Map.of())));
        } else if (t == Transition.APPROVE) {
            out.add(EventPayloads.contractEvent(ids.newId("event"), EventType.CONTRACT_APPROVED, ctx, saved, now));
            out.add(notices.toOwner(saved, "contract.approved", Map.of()));
        } else if (t == Transition.REJECT) {
            out.add(notices.toOwner(saved, "contract.rejected", Map.of("reason", reason)));
        } else if (t == Transition.ACTIVATE) {
            out.add(EventPayloads.contractEvent(ids.newId("event"), EventType.CONTRACT_ACTIVATED, ctx, saved, now));
        } else if (t == Transition.TERMINATE) {
            out.add(EventPayloads.contractEvent(ids.newId("event"), EventType.CONTRACT_TERMINATED, ctx, saved, now));
        }
        return out;
    }

    private static void requireReason(String reason, String what) {
        Arguments.present(reason, "reason");
        if (reason.isBlank()) {
            throw new PactumException(SpiError.BAD_ARGUMENT, "reason", "to " + what + " a contract, give a reason");
        }
    }

    private static <T> T required(@Nullable T value, String name) {
        if (value == null) {
            throw new PactumException(SpiError.BUILDER_OPTION, name, "ContractManager needs " + name + "; set it on the builder");
        }
        return value;
    }

    /**
     * Builds a {@link ContractManager}. Each option may be set once; setting one twice is an error
     * reported at once, not at {@link #build()}. Required: the four storage ports (one call to
     * {@link #storage} sets them all) and the {@link #directory}. Defaults: the access policy denies
     * everything, the clock is the system UTC clock, ids are random UUIDs, outbound ports do
     * nothing, notifications go to channel {@code in-app}, {@link DispatchPolicy#standard()}.
     *
     * <p>Not thread-safe; the manager it builds is.
     */
    public static final class Builder {
        private @Nullable ContractStore contracts;
        private @Nullable RecordStore records;
        private @Nullable UnitOfWork unitOfWork;
        private @Nullable OutboxStore outbox;
        private @Nullable AuditLog auditLog;
        private @Nullable Directory directory;
        private @Nullable AccessPolicy policy;
        private @Nullable Clock clock;
        private @Nullable IdGenerator ids;
        private @Nullable KeyProvider keys;
        private @Nullable NotificationPort notifications;
        private @Nullable IntegrationEventPort events;
        private @Nullable ESignaturePort signatures;
        private @Nullable DispatchPolicy dispatchPolicy;
        private @Nullable String notificationChannel;
        private final List<DueWorkStep> dueWork = new ArrayList<>();
        private @Nullable String approvalPolicy;
        private io.pactum.rules.facts.@Nullable RateSource rates;
        private java.util.@Nullable Set<String> libraryRoles;
        private @Nullable BusinessCalendar obligationCalendar;
        private @Nullable ReminderPolicy reminderPolicy;
        private @Nullable CatchUp reminderCatchUp;
        private @Nullable RiskProfiles riskProfiles;
        private @Nullable Set<TenantId> dueWorkTenants;

        private Builder() {
        }

        /** Sets the five storage ports from one adapter that implements them all, such as {@code InMemoryStorage}. */
        public <S extends ContractStore & RecordStore & UnitOfWork & OutboxStore & AuditLog> Builder storage(S storage) {
            Objects.requireNonNull(storage, "storage");
            return contracts(storage).records(storage).unitOfWork(storage).outbox(storage).auditLog(storage);
        }

        /** Sets the contract store. */
        public Builder contracts(ContractStore value) {
            contracts = once(contracts, value, "contracts");
            return this;
        }

        /** Sets the store of approval processes, obligation ledgers and library records. */
        public Builder records(RecordStore value) {
            records = once(records, value, "records");
            return this;
        }

        /**
         * Sets the approval policy (its id in the library) that routes contracts whose contract type
         * names none. Without it, and without a type naming one, approval is a single decision.
         */
        public Builder approvalPolicy(String policyId) {
            approvalPolicy = once(approvalPolicy, policyId, "approvalPolicy");
            return this;
        }

        /** Sets the exchange rates approval routing converts amounts and authority limits with. */
        public Builder rates(io.pactum.rules.facts.RateSource value) {
            rates = once(rates, value, "rates");
            return this;
        }

        /** Sets the roles that may change the library (default {@code admin}). */
        public Builder libraryRoles(String... roles) {
            libraryRoles = once(libraryRoles, java.util.Set.of(roles), "libraryRoles");
            return this;
        }

        /** Sets the unit of work. */
        public Builder unitOfWork(UnitOfWork value) {
            unitOfWork = once(unitOfWork, value, "unitOfWork");
            return this;
        }

        /** Sets the outbox store. */
        public Builder outbox(OutboxStore value) {
            outbox = once(outbox, value, "outbox");
            return this;
        }

        /** Sets the audit log. */
        public Builder auditLog(AuditLog value) {
            auditLog = once(auditLog, value, "auditLog");
            return this;
        }

        /** Sets the directory of people. */
        public Builder directory(Directory value) {
            directory = once(directory, value, "directory");
            return this;
        }

        /** Sets the access policy; without one, everything is denied. */
        public Builder accessPolicy(AccessPolicy value) {
            policy = once(policy, value, "accessPolicy");
            return this;
        }

        /** Sets the clock that stamps audit entries and events and drives retries. */
        public Builder clock(Clock value) {
            clock = once(clock, value, "clock");
            return this;
        }

        /** Sets the id generator. */
        public Builder idGenerator(IdGenerator value) {
            ids = once(ids, value, "idGenerator");
            return this;
        }

        /** Sets the key provider. */
        public Builder keyProvider(KeyProvider value) {
            keys = once(keys, value, "keyProvider");
            return this;
        }

        /** Sets the notification port. */
        public Builder notifications(NotificationPort value) {
            notifications = once(notifications, value, "notifications");
            return this;
        }

        /** Sets the integration event port. */
        public Builder integrationEvents(IntegrationEventPort value) {
            events = once(events, value, "integrationEvents");
            return this;
        }

        /** Sets the e-signature port. */
        public Builder signatures(ESignaturePort value) {
            signatures = once(signatures, value, "signatures");
            return this;
        }

        /** Sets the retry policy of the outbox dispatcher. */
        public Builder dispatchPolicy(DispatchPolicy value) {
            dispatchPolicy = once(dispatchPolicy, value, "dispatchPolicy");
            return this;
        }

        /** Sets the channel of the runtime's notifications. */
        public Builder notificationChannel(String value) {
            notificationChannel = once(notificationChannel, value, "notificationChannel");
            return this;
        }

        /** Adds a due-work step, run by {@link ContractManager#runDueWork(Instant)} in the order added. */
        public Builder dueWorkStep(DueWorkStep value) {
            dueWork.add(Objects.requireNonNull(value, "dueWorkStep"));
            return this;
        }

        /** Sets the business calendar obligation plans are scheduled on; default {@link BusinessCalendar#weekendsOnly()}. */
        public Builder obligationCalendar(BusinessCalendar value) {
            obligationCalendar = once(obligationCalendar, value, "obligationCalendar");
            return this;
        }

        /**
         * Sets the reminder policy of contracts whose type has no {@code REMINDER_POLICY} record in
         * their tenant (a record keyed by the contract type id overrides it); default
         * {@link ReminderPolicy#standard} in UTC. Its zone is the contract's zone for dates.
         */
        public Builder reminderPolicy(ReminderPolicy value) {
            reminderPolicy = once(reminderPolicy, value, "reminderPolicy");
            return this;
        }

        /**
         * Sets what due work does with reminders whose send time passed between two runs (after
         * downtime); default {@link CatchUp#LATEST_ONLY}: the latest one per obligation and recipient.
         */
        public Builder reminderCatchUp(CatchUp value) {
            reminderCatchUp = once(reminderCatchUp, value, "reminderCatchUp");
            return this;
        }

        /**
         * Sets the risk profiles due work evaluates contracts with, where the tenant has no
         * {@code RISK_PROFILE} record for the contract type; without either, no risk alerts.
         */
        public Builder riskProfiles(RiskProfiles value) {
            riskProfiles = once(riskProfiles, value, "riskProfiles");
            return this;
        }

        /**
         * Sets the tenants whose obligation ledgers {@link ContractManager#runDueWork(Instant)}
         * visits (the storage ports are per tenant); without it, only the due-work steps run. Needs
         * the record store.
         */
        public Builder dueWorkTenants(Set<TenantId> value) {
            dueWorkTenants = once(dueWorkTenants, Set.copyOf(value), "dueWorkTenants");
            return this;
        }

        /**
         * Builds the manager.
         *
         * @throws PactumException {@link SpiError#BUILDER_OPTION} naming a missing required option
         */
        public ContractManager build() {
            return new ContractManager(this);
        }

        private static <T> T once(@Nullable T current, T value, String name) {
            Objects.requireNonNull(value, name);
            if (current != null) {
                throw new PactumException(SpiError.BUILDER_OPTION, name, name + " is already set; each option is set once");
            }
            return value;
        }
    }
}
