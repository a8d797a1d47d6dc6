package io.pactum.examples.quickstart.runtime;

import io.pactum.core.amendment.Amendment;
import io.pactum.core.contract.Contact;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.UserId;
import io.pactum.examples.quickstart.QuickstartData;
import io.pactum.examples.quickstart.Sample;
import io.pactum.examples.quickstart.year.SimulatedClock;
import io.pactum.examples.quickstart.year.YearEvent;
import io.pactum.examples.quickstart.year.YearHooks;
import io.pactum.rules.approval.ApprovalProcess;
import io.pactum.spi.CallContext;
import io.pactum.spi.port.SignatureOutcome;
import io.pactum.spi.port.Signer;
import io.pactum.spi.runtime.ApprovalDecision;
import io.pactum.spi.runtime.ContractManager;
import io.pactum.spi.runtime.TemplateDraft;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The simulated year played on the runtime: every event is a {@link ContractManager} command, due
 * work is {@link ContractManager#runDueWork} (reminders, due and overdue obligations, risk alerts,
 * then the outbox is dispatched to the {@link Mailbox}), and after each event and each day the
 * {@link YearProgress} is saved, so that a second run continues where this one stopped.
 *
 * <p>At the start of the year the three samples are drafted from their templates, routed through
 * the approval policy and decided by the people the route names (the sales contract is rejected
 * once, revised and resubmitted), and sent for signature. On its signature day each is signed
 * through the mailbox (which plays the e-signature provider: it signs the fingerprint it was asked
 * to) and activated with its obligation plan. Not thread-safe.
 */
public final class RuntimeYearHooks implements YearHooks {

    /** The sample whose first approval is refused (and which is then revised and resubmitted). */
    static final String REJECTED_ONCE = "sales-en";

    private final QuickstartRuntime runtime;
    private final ContractManager manager;
    private final SimulatedClock clock;
    private final YearProgress progress;
    private final Map<String, Sample> byNumber = new LinkedHashMap<>();
    private final List<String> log = new ArrayList<>();

    /**
     * Hooks over a runtime.
     *
     * @param runtime the wired runtime, library loaded
     * @param clock the simulated clock the runtime reads
     * @param progress where the year stands, saved as it goes
     */
    public RuntimeYearHooks(QuickstartRuntime runtime, SimulatedClock clock, YearProgress progress) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.manager = runtime.manager();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
        for (Sample s : runtime.data().samples()) {
            byNumber.put(s.contract().number(), s);
        }
    }

    private Sample sample(YearEvent e) {
        Sample s = byNumber.get(e.contract());
        if (s == null) {
            throw new IllegalArgumentException("the script names contract " + e.contract() + ", which is not a sample");
        }
        return s;
    }

    private CallContext as(UserId user, String what) {
        return QuickstartRuntime.as(user, clock.today() + "/" + what);
    }

    private CallContext owner(Sample s, String what) {
        return as(s.contract().owner(), what);
    }

    private long revision(Sample s) {
        return manager.get(owner(s, "read"), s.contract().id()).orElseThrow().revision();
    }

    @Override
    public void startOfYear(LocalDate firstDay) {
        for (Sample s : runtime.data().samples()) {
            if (manager.get(owner(s, "read"), s.contract().id()).isPresent()) {
                continue;   // drafted by an earlier run
            }
            draftApproveAndSend(s);
        }
    }

    private void draftApproveAndSend(Sample s) {
        ContractId id = s.contract().id();
        CallContext owner = owner(s, "draft");
        String number = s.contract().number();
        TemplateDraft draft = TemplateDraft.of(s.contract(), s.template().id(), s.templateVersion().version(), s.values());
        long r = manager.createDraftFromTemplate(owner, draft, "drafted from " + s.template().id()).contract().revision();
        r = manager.submit(owner, id, r, "ready for approval").contract().revision();
        ApprovalProcess process = manager.approvalProcess(owner, id).orElseThrow();
        log.add(clock.today() + " " + number + " drafted from " + s.template().id() + "@" + s.templateVersion().version()
                + ", routed " + process.route().stageNames());
        if (s.key().equals(REJECTED_ONCE)) {
            UserId approver = process.pendingApprovers().stream().min((a, b) -> a.value().compareTo(b.value()))
                    .orElseThrow();
            String reason = "the delivery date leaves no time for customs; ask for DDP Hamburg";
            r = manager.decide(as(approver, "reject"), id, r, ApprovalDecision.reject(reason)).contract().revision();
            log.add(clock.today() + " " + number + " rejected by " + approver.value() + ": " + reason);
            r = manager.revise(owner, id, r, "delivery terms agreed with the buyer").contract().revision();
            r = manager.submit(owner, id, r, "resubmitted with DDP Hamburg").contract().revision();
            log.add(clock.today() + " " + number + " revised and resubmitted");
        }
        r = approveEveryStage(s, r);
        r = manager.sendForSignature(owner, id, r, signers(s.contract()), "please sign").contract().revision();
    }

    /** Each pending approver approves until the route is done; returns the approved revision. */
    private long approveEveryStage(Sample s, long revision) {
        ContractId id = s.contract().id();
        long r = revision;
        List<String> approvers = new ArrayList<>();
        for (int guard = 0; guard < 20; guard++) {
            Contract now = manager.get(owner(s, "read"), id).orElseThrow();
            if (now.status() == ContractStatus.APPROVED) {
                log.add(clock.today() + " " + s.contract().number() + " approved by " + String.join(", ", approvers));
                return now.revision();
            }
            ApprovalProcess process = manager.approvalProcess(owner(s, "read"), id).orElseThrow();
            UserId next = process.pendingApprovers().stream().min((a, b) -> a.value().compareTo(b.value()))
                    .orElseThrow(() -> new IllegalStateException("no approver pending for " + id));
            r = manager.decide(as(next, "approve"), id, r, ApprovalDecision.approve("within policy")).contract().revision();
            approvers.add(next.value());
        }
        throw new IllegalStateException("approval of " + id + " did not finish");
    }

    private static List<Signer> signers(Contract c) {
        List<Signer> signers = new ArrayList<>();
        for (Party p : c.counterparties()) {
            Optional<Contact> contact = p.contacts().stream().findFirst();
            String email = contact.map(Contact::email).orElse(null);
            signers.add(new Signer(p.id(), contact.map(Contact::name).orElse(p.name()),
                    email != null ? email : "sign@" + p.id().value() + ".example"));
        }
        return signers;
    }

    @Override
    public void sign(YearEvent e) {
        Sample s = sample(e);
        ContractId id = s.contract().id();
        // The request reaches the provider; the provider signs what it was asked to sign.
        manager.dispatchOutbox(clock.instant());
        CallContext legal = as(QuickstartRuntime.LEGAL, "signature");
        Mailbox.ReceivedSignatureRequest request = runtime.mailbox().received(legal).stream()
                .filter(Mailbox.ReceivedSignatureRequest.class::isInstance).map(Mailbox.ReceivedSignatureRequest.class::cast)
                .filter(r -> r.contractId().equals(id.value())).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no signature request for " + id + " reached the provider"));
        String signer = signers(s.contract()).get(0).name();
        long r = manager.recordSignature(legal, new SignatureOutcome(request.key(), id, request.fingerprint(),
                SignatureOutcome.Result.SIGNED, signer, clock.instant()), e.note()).contract().revision();
        manager.activate(owner(s, "activate"), id, r, s.plan(), e.note());
        log.add(e.on() + " " + e.contract() + " signed (document " + request.fingerprint().substring(0, 12)
                + "…) and activated: " + e.note());
    }

    @Override
    public void recordPayment(YearEvent e) {
        Sample s = sample(e);
        String key = Objects.requireNonNull(e.obligation());
        manager.recordPayment(as(QuickstartRuntime.FINANCE, "payment"), s.contract().id(), key,
                Objects.requireNonNull(e.amount()), e.on(), List.of("bank-statement:" + e.on(), "invoice:" + e.contract()
                        + "/" + key), e.note());
    }

    @Override
    public void recordFulfilment(YearEvent e) {
        Sample s = sample(e);
        String key = Objects.requireNonNull(e.obligation());
        manager.recordFulfilment(owner(s, "fulfilment"), s.contract().id(), key, e.on(),
                List.of("evidence:" + e.contract() + "/" + key), e.note());
    }

    @Override
    public void recordAcceptance(YearEvent e) {
        Sample s = sample(e);
        manager.recordDeliveryAcceptance(owner(s, "acceptance"), s.contract().id(), e.on(),
                List.of("acceptance-certificate:" + e.contract()), e.note());
    }

    @Override
    public void amend(YearEvent e) {
        Sample s = sample(e);
        String id = "amendment-" + e.on();
        Amendment amendment = e.amount() != null
                ? new Amendment.PriceChange(id, e.note(), e.on(), e.amount())
                : new Amendment.Administrative(id, e.note(), e.on(), e.note());
        manager.amend(owner(s, "amend"), s.contract().id(), revision(s), amendment, e.note());
        log.add(e.on() + " " + e.contract() + " amended: " + e.note());
    }

    @Override
    public void renew(YearEvent e) {
        Sample s = sample(e);
        Contract renewed = manager.renew(owner(s, "renew"), s.contract().id(), revision(s), e.note()).contract();
        log.add(e.on() + " " + e.contract() + " renewed to " + renewed.term().end().map(Object::toString).orElse("open end")
                + ": " + e.note());
    }

    @Override
    public void runDueWork(Instant now) {
        manager.runDueWork(now);
    }

    @Override
    public void eventDone(YearEvent event, int doneOnDay) {
        progress.eventDone(event.on(), doneOnDay);
    }

    @Override
    public void dayDone(LocalDate day) {
        progress.dayDone(day);
    }

    /** What this run did beside payments and fulfilments (drafting, approval, signatures, amendments, renewals). */
    public List<String> log() {
        return List.copyOf(log);
    }

    /** The samples by contract number, in the order of {@code samples.json}. */
    Map<String, Sample> samples() {
        return byNumber;
    }

    /** The shipped data. */
    QuickstartData data() {
        return runtime.data();
    }
}
