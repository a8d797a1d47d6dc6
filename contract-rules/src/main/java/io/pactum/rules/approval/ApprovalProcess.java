package io.pactum.rules.approval;

import io.pactum.core.contract.UserId;
import io.pactum.rules.RuleError;
import io.pactum.rules.facts.ContractFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One contract's approval, a pure state machine: submitted, then per-stage decisions (approve,
 * reject, request changes, delegate, escalate on SLA breach, withdraw) until approved, rejected
 * or withdrawn. Every operation returns a new process or throws {@link ApprovalException}; time
 * enters as a parameter.
 *
 * <p>Separation of duties holds on every decision: the submitter and the owner never approve;
 * a person approves at most once per route (when the policy says so, and always from the
 * two-person threshold on). A stage is done when its mode is satisfied over its seats.
 *
 * <p>The process keeps the router (and so the policy version) it started with: a material change
 * is routed again with that version and resets the process as the policy says.
 *
 * <p>Immutable and thread-safe.
 */
public final class ApprovalProcess {

    private final ApprovalRouter router;
    private Route route;
    private ContractFacts facts;
    private ProcessStatus status;
    private int stageIndex;
    private Instant stageStartedAt;
    private Instant lastEventAt;
    private final Instant submittedAt;
    private @Nullable Instant closedAt;
    /** Per seat of the current stage: who approved it, or null. */
    private List<@Nullable UserId> holders;
    /** Per seat of the current stage: candidates added by delegation or escalation. */
    private List<List<UserId>> extra;
    private Set<UserId> approvedInRoute;
    private List<Decision> decisions;
    private List<StageCycle> cycles;

    private ApprovalProcess(ApprovalRouter router, Route route, ContractFacts facts, Instant at) {
        this.router = router;
        this.route = route;
        this.facts = facts;
        this.status = ProcessStatus.IN_APPROVAL;
        this.submittedAt = at;
        this.stageStartedAt = at;
        this.lastEventAt = at;
        this.approvedInRoute = new LinkedHashSet<>();
        this.decisions = new ArrayList<>();
        this.cycles = new ArrayList<>();
        this.holders = new ArrayList<>();
        this.extra = new ArrayList<>();
        enterStage(0, at);
    }

    private ApprovalProcess(ApprovalProcess o) {
        this.router = o.router;
        this.route = o.route;
        this.facts = o.facts;
        this.status = o.status;
        this.stageIndex = o.stageIndex;
        this.stageStartedAt = o.stageStartedAt;
        this.lastEventAt = o.lastEventAt;
        this.submittedAt = o.submittedAt;
        this.closedAt = o.closedAt;
        this.holders = new ArrayList<>(o.holders);
        this.extra = new ArrayList<>(o.extra);
        this.approvedInRoute = new LinkedHashSet<>(o.approvedInRoute);
        this.decisions = new ArrayList<>(o.decisions);
        this.cycles = new ArrayList<>(o.cycles);
    }

    /**
     * Submits a contract for approval on a route built by the same router.
     *
     * @param router the compiled policy version the process keeps
     * @param route the route, from {@code router.route(facts, ...)}
     * @param facts the contract facts the route was built from
     * @param submitter who submits (the facts' submitter or owner)
     * @param at when
     * @return the process, waiting on the first stage
     * @throws ApprovalException {@link RuleError#POLICY_VERSION_CHANGED} when the route is from
     *     another policy version; {@link RuleError#NOT_SUBMITTER} for anyone else
     */
    public static ApprovalProcess submit(ApprovalRouter router, Route route, ContractFacts facts, UserId submitter,
            Instant at) {
        Objects.requireNonNull(router, "router");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(at, "at");
        checkVersion(router, route);
        checkSubmitter(facts, submitter);
        ApprovalProcess p = new ApprovalProcess(router, route, facts, at);
        p.decisions.add(new Decision(DecisionKind.SUBMIT, submitter, at, "", "", Duration.ZERO, null));
        return p;
    }

    /**
     * The whole state, for {@link ApprovalProcessJson}: what a stored process must keep so that it
     * continues exactly where it stopped.
     */
    record State(Route route, ContractFacts facts, ProcessStatus status, int stageIndex, Instant stageStartedAt,
            Instant lastEventAt, Instant submittedAt, @Nullable Instant closedAt, List<@Nullable UserId> holders,
            List<List<UserId>> extra, List<UserId> approvedInRoute, List<Decision> decisions, List<StageCycle> cycles) {

        State {
            // Holders keep their nulls (open seats), so they are copied without List.copyOf.
            holders = Collections.unmodifiableList(new ArrayList<>(holders));
            extra = List.copyOf(extra);
            approvedInRoute = List.copyOf(approvedInRoute);
            decisions = List.copyOf(decisions);
            cycles = List.copyOf(cycles);
        }
    }

    /** The state, for the codec. */
    State state() {
        return new State(route, facts, status, stageIndex, stageStartedAt, lastEventAt, submittedAt, closedAt, holders,
                extra, new ArrayList<>(approvedInRoute), decisions, cycles);
    }

    /** A process restored from a state the codec has checked against the router. */
    static ApprovalProcess restore(ApprovalRouter router, State s) {
        checkVersion(router, s.route());
        return new ApprovalProcess(router, s);
    }

    private ApprovalProcess(ApprovalRouter router, State s) {
        this.router = router;
        this.route = s.route();
        this.facts = s.facts();
        this.status = s.status();
        this.stageIndex = s.stageIndex();
        this.stageStartedAt = s.stageStartedAt();
        this.lastEventAt = s.lastEventAt();
        this.submittedAt = s.submittedAt();
        this.closedAt = s.closedAt();
        this.holders = new ArrayList<>(s.holders());
        this.extra = new ArrayList<>(s.extra());
        this.approvedInRoute = new LinkedHashSet<>(s.approvedInRoute());
        this.decisions = new ArrayList<>(s.decisions());
        this.cycles = new ArrayList<>(s.cycles());
    }

    /** When the current stage's SLA runs out, if the process is in approval. */
    public Optional<Instant> slaDeadline() {
        return currentStage().map(s -> stageStartedAt.plus(s.sla()));
    }

    /** Whether the current stage has been escalated since it started. */
    public boolean escalated() {
        if (status != ProcessStatus.IN_APPROVAL) {
            return false;
        }
        String stage = route.stages().get(stageIndex).name();
        for (int i = decisions.size() - 1; i >= 0; i--) {
            Decision d = decisions.get(i);
            if (d.at().isBefore(stageStartedAt)) {
                return false;
            }
            if (d.kind() == DecisionKind.ESCALATE && d.stage().equals(stage)) {
                return true;
            }
        }
        return false;
    }

    /** The router, and so the policy version, the process started with. */
    public ApprovalRouter router() {
        return router;
    }

    /** The current route. */
    public Route route() {
        return route;
    }

    /** The facts the current route was built from. */
    public ContractFacts facts() {
        return facts;
    }

    /** The status. */
    public ProcessStatus status() {
        return status;
    }

    /** The stage waiting for decisions, if the process is in approval. */
    public Optional<RouteStage> currentStage() {
        return status == ProcessStatus.IN_APPROVAL ? Optional.of(route.stages().get(stageIndex)) : Optional.empty();
    }

    /** Who may still approve a seat of the current stage; empty when not in approval. */
    public Set<UserId> pendingApprovers() {
        Set<UserId> out = new LinkedHashSet<>();
        if (status != ProcessStatus.IN_APPROVAL) {
            return out;
        }
        List<Seat> seats = route.stages().get(stageIndex).seats();
        for (int i = 0; i < seats.size(); i++) {
            if (holders.get(i) == null) {
                for (UserId u : candidates(i)) {
                    if (mayApprove(u)) {
                        out.add(u);
                    }
                }
            }
        }
        return out;
    }

    /** Every event so far, in order. */
    public List<Decision> decisions() {
        return Collections.unmodifiableList(decisions);
    }

    /** The cycle time of every completed stage, in order. */
    public List<StageCycle> stageCycles() {
        return Collections.unmodifiableList(cycles);
    }

    /** The time from submission to the final decision, once final. */
    public Optional<Duration> routeCycleTime() {
        return closedAt == null ? Optional.empty() : Optional.of(Duration.between(submittedAt, closedAt));
    }

    /**
     * Approves a seat of the current stage.
     *
     * @throws ApprovalException {@link RuleError#SELF_APPROVAL}, {@link RuleError#ALREADY_APPROVED},
     *     {@link RuleError#NOT_AN_APPROVER}, {@link RuleError#PROCESS_NOT_OPEN}, {@link RuleError#TIME_ORDER}
     */
    public ApprovalProcess approve(UserId actor, Instant at, String comment) {
        Objects.requireNonNull(comment, "comment");
        checkOpen(at);
        checkNotOwnContract(actor);
        if (approvedInRoute.contains(actor) && oncePerRoute()) {
            throw new ApprovalException(RuleError.ALREADY_APPROVED, "actor", actor + " already approved on this route"
                    + " of contract " + facts.contractId() + "; a person approves at most once per route");
        }
        int seat = openSeatOf(actor);
        ApprovalProcess next = new ApprovalProcess(this);
        next.holders.set(seat, actor);
        next.approvedInRoute.add(actor);
        next.record(DecisionKind.APPROVE, actor, at, comment, null);
        RouteStage stage = route.stages().get(stageIndex);
        long done = next.holders.stream().filter(Objects::nonNull).count();
        if (done >= stage.required()) {
            next.cycles.add(new StageCycle(stage.name(), stageStartedAt, at));
            if (stageIndex + 1 < route.stages().size()) {
                next.enterStage(stageIndex + 1, at);
            } else {
                next.close(ProcessStatus.APPROVED, at);
            }
        }
        return next;
    }

    /**
     * Rejects the contract. Final.
     *
     * @throws ApprovalException {@link RuleError#REASON_REQUIRED} without a reason, or as {@link #approve}
     */
    public ApprovalProcess reject(UserId actor, Instant at, String reason) {
        return close(actor, at, reason, DecisionKind.REJECT, ProcessStatus.REJECTED);
    }

    /**
     * Asks for changes: the submitter resubmits ({@link #resubmit}) or withdraws.
     *
     * @throws ApprovalException as {@link #reject}
     */
    public ApprovalProcess requestChanges(UserId actor, Instant at, String comment) {
        return close(actor, at, comment, DecisionKind.REQUEST_CHANGES, ProcessStatus.CHANGES_REQUESTED);
    }

    private ApprovalProcess close(UserId actor, Instant at, String reason, DecisionKind kind, ProcessStatus to) {
        Objects.requireNonNull(reason, "reason");
        checkOpen(at);
        checkNotOwnContract(actor);
        if (reason.isBlank()) {
            throw new ApprovalException(RuleError.REASON_REQUIRED, "reason", kind + " needs a reason");
        }
        openSeatOf(actor);
        ApprovalProcess next = new ApprovalProcess(this);
        next.record(kind, actor, at, reason, null);
        if (to == ProcessStatus.CHANGES_REQUESTED) {
            next.status = to;
        } else {
            next.close(to, at);
        }
        return next;
    }

    /**
     * Hands the actor's seat to a delegate, who may then approve it.
     *
     * @throws ApprovalException {@link RuleError#BAD_DELEGATION} when the delegate is the owner,
     *     the submitter, or has already approved on this route; otherwise as {@link #approve}
     */
    public ApprovalProcess delegate(UserId actor, UserId to, Instant at, String comment) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(comment, "comment");
        checkOpen(at);
        checkNotOwnContract(actor);
        if (!mayApprove(to) || to.equals(actor)) {
            throw new ApprovalException(RuleError.BAD_DELEGATION, "to", to + " may not take a seat on contract "
                    + facts.contractId() + " (owner " + facts.owner() + ", submitter " + facts.submitter()
                    + ", approved so far " + approvedInRoute + ")");
        }
        int seat = openSeatOf(actor);
        ApprovalProcess next = new ApprovalProcess(this);
        List<UserId> added = new ArrayList<>(next.extra.get(seat));
        added.add(to);
        next.extra.set(seat, List.copyOf(added));
        next.record(DecisionKind.DELEGATE, actor, at, comment, to);
        return next;
    }

    /**
     * Escalates the current stage once its SLA is breached: the stage's escalation target may
     * approve every open seat.
     *
     * @throws ApprovalException {@link RuleError#SLA_NOT_BREACHED} before the SLA has passed
     */
    public ApprovalProcess escalate(Instant at) {
        checkOpen(at);
        RouteStage stage = route.stages().get(stageIndex);
        Duration waited = Duration.between(stageStartedAt, at);
        if (waited.compareTo(stage.sla()) <= 0) {
            throw new ApprovalException(RuleError.SLA_NOT_BREACHED, "at", "stage " + stage.name() + " has waited "
                    + waited + " of its SLA " + stage.sla());
        }
        ApprovalProcess next = new ApprovalProcess(this);
        for (int i = 0; i < next.holders.size(); i++) {
            if (next.holders.get(i) == null) {
                List<UserId> added = new ArrayList<>(next.extra.get(i));
                stage.escalation().stream().filter(u -> !added.contains(u)).forEach(added::add);
                next.extra.set(i, List.copyOf(added));
            }
        }
        next.record(DecisionKind.ESCALATE, null, at, "SLA " + stage.sla() + " breached after " + waited
                + "; escalated to " + stage.escalation(), null);
        return next;
    }

    /**
     * Withdraws the contract. Final.
     *
     * @throws ApprovalException {@link RuleError#NOT_SUBMITTER} for anyone but the submitter or owner
     */
    public ApprovalProcess withdraw(UserId actor, Instant at, String comment) {
        Objects.requireNonNull(comment, "comment");
        checkTime(at);
        if (status.isFinal()) {
            throw notOpen();
        }
        checkSubmitter(facts, actor);
        ApprovalProcess next = new ApprovalProcess(this);
        next.record(DecisionKind.WITHDRAW, actor, at, comment, null);
        next.close(ProcessStatus.WITHDRAWN, at);
        return next;
    }

    /**
     * Resubmits after changes were asked for, on a new route from the same policy version; every
     * approval so far is void.
     *
     * @throws ApprovalException {@link RuleError#PROCESS_NOT_OPEN} unless changes were asked for,
     *     {@link RuleError#NOT_SUBMITTER}, {@link RuleError#POLICY_VERSION_CHANGED}
     */
    public ApprovalProcess resubmit(UserId actor, ContractFacts newFacts, Route newRoute, Instant at) {
        checkTime(at);
        if (status != ProcessStatus.CHANGES_REQUESTED) {
            throw notOpen();
        }
        checkSubmitter(facts, actor);
        checkVersion(router, newRoute);
        ApprovalProcess next = new ApprovalProcess(this);
        next.route = newRoute;
        next.facts = newFacts;
        next.status = ProcessStatus.IN_APPROVAL;
        next.approvedInRoute.clear();
        next.enterStage(0, at);
        next.record(DecisionKind.RESUBMIT, actor, at, "", null);
        return next;
    }

    /**
     * Resubmits after changes were asked for, following the policy's {@code onMaterialChange}:
     * {@link MaterialChangeReset#RESTART_ROUTE} is {@link #resubmit} (every approval void, the new
     * route from its first stage); {@link MaterialChangeReset#REPEAT_CURRENT_STAGE} keeps the stages
     * approved before the one that asked for changes (skipped on the new route while they lead it),
     * and that stage starts over; if no stage is left the process is approved.
     *
     * @throws ApprovalException as {@link #resubmit}
     */
    public ApprovalProcess resubmitAfterChanges(UserId actor, ContractFacts newFacts, Route newRoute, Instant at) {
        if (router.policy().onMaterialChange() != MaterialChangeReset.REPEAT_CURRENT_STAGE) {
            return resubmit(actor, newFacts, newRoute, at);
        }
        Objects.requireNonNull(newFacts, "newFacts");
        checkTime(at);
        if (status != ProcessStatus.CHANGES_REQUESTED) {
            throw notOpen();
        }
        checkSubmitter(facts, actor);
        checkVersion(router, newRoute);
        Set<String> done = new LinkedHashSet<>();
        for (int i = 0; i < stageIndex; i++) {
            done.add(route.stages().get(i).name());
        }
        int resumeAt = 0;
        while (resumeAt < newRoute.stages().size() && done.contains(newRoute.stages().get(resumeAt).name())) {
            resumeAt++;
        }
        ApprovalProcess next = new ApprovalProcess(this);
        // Approvals of the stage that asked for changes are void; earlier stages keep theirs.
        holders.stream().filter(Objects::nonNull).forEach(next.approvedInRoute::remove);
        next.route = newRoute;
        next.facts = newFacts;
        if (resumeAt >= newRoute.stages().size()) {
            next.record(DecisionKind.RESUBMIT, actor, at, "", null);
            next.close(ProcessStatus.APPROVED, at);
        } else {
            next.status = ProcessStatus.IN_APPROVAL;
            next.enterStage(resumeAt, at);
            next.record(DecisionKind.RESUBMIT, actor, at, "", null);
        }
        return next;
    }

    /**
     * Applies a change of the contract during approval. A change of the amount or of the clauses
     * (deviations) is material: the process continues on the new route as the policy says
     * ({@link MaterialChangeReset}); any other change only updates the facts.
     *
     * @param newFacts the changed facts
     * @param newRoute the route of the changed facts from {@link #router()}
     * @param at when
     * @return the process after the change
     * @throws ApprovalException {@link RuleError#POLICY_VERSION_CHANGED} for a route of another
     *     version, {@link RuleError#PROCESS_NOT_OPEN} when final
     */
    public ApprovalProcess materialChange(ContractFacts newFacts, Route newRoute, Instant at) {
        Objects.requireNonNull(newFacts, "newFacts");
        checkTime(at);
        if (status.isFinal()) {
            throw notOpen();
        }
        checkVersion(router, newRoute);
        ApprovalProcess next = new ApprovalProcess(this);
        next.facts = newFacts;
        boolean material = !newFacts.amount().equals(facts.amount())
                || !newFacts.deviations().equals(facts.deviations());
        if (!material) {
            // Only the amount and the clauses are material: the route and the decisions stand.
            return next;
        }
        if (status != ProcessStatus.IN_APPROVAL) {
            // Waiting for changes: the resubmission routes again.
            return next;
        }
        next.route = newRoute;
        MaterialChangeReset reset = router.policy().onMaterialChange();
        int resumeAt = 0;
        if (reset == MaterialChangeReset.REPEAT_CURRENT_STAGE) {
            Set<String> done = new LinkedHashSet<>();
            for (int i = 0; i < stageIndex; i++) {
                done.add(route.stages().get(i).name());
            }
            while (resumeAt < newRoute.stages().size() && done.contains(newRoute.stages().get(resumeAt).name())) {
                resumeAt++;
            }
            // Approvals of the stage that starts over are void; earlier stages keep theirs.
            Set<UserId> current = new LinkedHashSet<>();
            holders.stream().filter(Objects::nonNull).forEach(current::add);
            next.approvedInRoute.removeAll(current);
        } else {
            next.approvedInRoute.clear();
        }
        next.record(DecisionKind.RESET, null, at, "material change (" + describeChange(newFacts) + "): "
                + reset, null);
        if (resumeAt >= newRoute.stages().size()) {
            next.close(ProcessStatus.APPROVED, at);
        } else {
            next.enterStage(resumeAt, at);
        }
        return next;
    }

    private String describeChange(ContractFacts newFacts) {
        List<String> what = new ArrayList<>();
        if (!newFacts.amount().equals(facts.amount())) {
            what.add("amount " + facts.amount() + " -> " + newFacts.amount());
        }
        if (!newFacts.deviations().equals(facts.deviations())) {
            what.add("clauses changed");
        }
        return String.join(", ", what);
    }

    private boolean oncePerRoute() {
        java.math.BigDecimal twoFrom = router.policy().separationOfDuties().twoPersonFrom();
        return router.policy().separationOfDuties().oncePerRoute()
                || twoFrom != null && route.amount().amount().compareTo(twoFrom) >= 0;
    }

    private boolean mayApprove(UserId u) {
        return !u.equals(facts.owner()) && !u.equals(facts.submitter())
                && !(oncePerRoute() && approvedInRoute.contains(u));
    }

    private List<UserId> candidates(int seat) {
        List<UserId> c = new ArrayList<>(route.stages().get(stageIndex).seats().get(seat).candidates());
        c.addAll(extra.get(seat));
        return c;
    }

    private int openSeatOf(UserId actor) {
        for (int i = 0; i < holders.size(); i++) {
            if (holders.get(i) == null && candidates(i).contains(actor)) {
                return i;
            }
        }
        RouteStage stage = route.stages().get(stageIndex);
        throw new ApprovalException(RuleError.NOT_AN_APPROVER, "actor", actor + " holds no open seat of stage "
                + stage.name() + " on contract " + facts.contractId());
    }

    private void checkNotOwnContract(UserId actor) {
        Objects.requireNonNull(actor, "actor");
        if (actor.equals(facts.owner()) || actor.equals(facts.submitter())) {
            throw new ApprovalException(RuleError.SELF_APPROVAL, "actor", actor + " is the "
                    + (actor.equals(facts.owner()) ? "owner" : "submitter") + " of contract " + facts.contractId()
                    + " and never decides on it");
        }
    }

    private static void checkSubmitter(ContractFacts facts, UserId actor) {
        Objects.requireNonNull(actor, "actor");
        if (!actor.equals(facts.owner()) && !actor.equals(facts.submitter())) {
            throw new ApprovalException(RuleError.NOT_SUBMITTER, "actor", actor + " is neither the owner "
                    + facts.owner() + " nor the submitter " + facts.submitter() + " of contract " + facts.contractId());
        }
    }

    private static void checkVersion(ApprovalRouter router, Route route) {
        ApprovalPolicy p = router.policy();
        if (!route.policyId().equals(p.id()) || !route.policyVersion().equals(p.effectiveFrom())) {
            throw new ApprovalException(RuleError.POLICY_VERSION_CHANGED, "route", "the process runs on policy "
                    + p.id() + " of " + p.effectiveFrom() + ", the route is from " + route.policyId() + " of "
                    + route.policyVersion());
        }
    }

    private void checkOpen(Instant at) {
        checkTime(at);
        if (status != ProcessStatus.IN_APPROVAL) {
            throw notOpen();
        }
    }

    private void checkTime(Instant at) {
        Objects.requireNonNull(at, "at");
        if (at.isBefore(lastEventAt)) {
            throw new ApprovalException(RuleError.TIME_ORDER, "at", at + " is before the last event at " + lastEventAt);
        }
    }

    private ApprovalException notOpen() {
        return new ApprovalException(RuleError.PROCESS_NOT_OPEN, "status", "contract " + facts.contractId()
                + " is " + status);
    }

    private void enterStage(int index, Instant at) {
        stageIndex = index;
        stageStartedAt = at;
        int seats = route.stages().get(index).seats().size();
        holders = new ArrayList<>(Collections.nCopies(seats, (UserId) null));
        extra = new ArrayList<>(Collections.nCopies(seats, List.<UserId>of()));
    }

    private void record(DecisionKind kind, @Nullable UserId actor, Instant at, String comment,
            @Nullable UserId delegate) {
        String stage = status == ProcessStatus.IN_APPROVAL ? route.stages().get(stageIndex).name() : "";
        decisions.add(new Decision(kind, actor, at, stage, comment, Duration.between(stageStartedAt, at), delegate));
        lastEventAt = at;
    }

    private void close(ProcessStatus to, Instant at) {
        status = to;
        closedAt = at;
    }

    @Override
    public String toString() {
        return "ApprovalProcess[" + facts.contractId() + " " + status
                + currentStage().map(s -> " at " + s.name()).orElse("") + "]";
    }
}
