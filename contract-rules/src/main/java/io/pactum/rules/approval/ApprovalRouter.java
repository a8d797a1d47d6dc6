package io.pactum.rules.approval;

import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import io.pactum.core.money.Money;
import io.pactum.rules.RuleError;
import io.pactum.rules.condition.CompiledCondition;
import io.pactum.rules.condition.FactsView;
import io.pactum.rules.condition.FieldCatalog;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.RateSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Routes contracts through one checked, compiled policy version.
 *
 * <p>{@link #compile} runs the static checks and compiles every condition once. {@link #plan}
 * evaluates the rules (every rule whose condition holds adds its approvers; the catch-all applies
 * only when none did), merges the stages by name, orders them, and merges approvers repeated
 * across stages into the earliest one. {@link #route} then resolves people against an
 * {@link OrgStructure} on a date, applies separation of duties, delegations and absences, checks
 * the final stage's authority, and explains every stage.
 *
 * <p>Immutable and thread-safe: plans for the same set of applying rules are shared.
 */
public final class ApprovalRouter {

    private final ApprovalPolicy policy;
    private final CompiledCondition[] conditions;
    private final int catchAll;
    private final RuleIndex index;
    private final Map<MatchKey, RoutePlan> plans = new ConcurrentHashMap<>();
    private final PlanCache smallPlans = new PlanCache();

    private ApprovalRouter(ApprovalPolicy policy, CompiledCondition[] conditions, int catchAll) {
        this.policy = policy;
        this.conditions = conditions;
        this.catchAll = catchAll;
        this.index = RuleIndex.of(policy);
    }

    /**
     * Checks a policy statically and compiles it.
     *
     * @param policy the policy version
     * @return the router
     * @throws ValidationException every problem, at JSON pointers into the policy's JSON form:
     *     bad conditions, a missing catch-all, unreachable rules, band gaps and overlaps, unknown
     *     stages, duplicate ids, impossible quorums
     */
    public static ApprovalRouter compile(ApprovalPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        List<Violation> violations = new ArrayList<>();
        CompiledCondition[] compiled = compileConditions(policy, violations);
        ValidationException.throwIfAny("approval policy " + policy.id(), violations);
        violations.addAll(PolicyChecks.structure(policy));
        ValidationException.throwIfAny("approval policy " + policy.id(), violations);
        int catchAll = policy.rules().size() - 1;
        return new ApprovalRouter(policy, compiled, catchAll);
    }

    /**
     * Every problem of a policy, including the names it uses that the organisation does not
     * have (roles nobody holds, groups and users that do not exist). Does not throw.
     *
     * @param policy the policy version
     * @param org the organisation
     * @return the problems, empty when the policy can be used with this organisation
     */
    public static List<Violation> check(ApprovalPolicy policy, OrgStructure org) {
        List<Violation> violations = new ArrayList<>();
        compileConditions(policy, violations);
        if (violations.isEmpty()) {
            violations.addAll(PolicyChecks.structure(policy));
        }
        violations.addAll(PolicyChecks.against(policy, org));
        return List.copyOf(violations);
    }

    private static CompiledCondition[] compileConditions(ApprovalPolicy policy, List<Violation> violations) {
        FieldCatalog fields = policy.fields();
        CompiledCondition[] compiled = new CompiledCondition[policy.rules().size()];
        for (int i = 0; i < compiled.length; i++) {
            ApprovalRule r = policy.rules().get(i);
            if (r.when() == null) {
                continue;
            }
            try {
                compiled[i] = CompiledCondition.compile(r.when(), fields, policy.currency());
            } catch (ValidationException e) {
                for (Violation v : e.violations()) {
                    violations.add(new Violation(pointer("/rules/" + i + "/when", v.path()), v.code(), v.message()));
                }
            }
        }
        return compiled;
    }

    private static String pointer(String base, String fieldPath) {
        if (fieldPath.isEmpty()) {
            return base;
        }
        return base + "/" + fieldPath.replace("[", ".").replace("]", "").replace('.', '/');
    }

    /** The policy version this router applies. */
    public ApprovalPolicy policy() {
        return policy;
    }

    /**
     * The rules that apply to a contract and the stages they add, people not yet resolved.
     *
     * @param facts the contract facts
     * @param rates converts the amount into the policy's currency
     * @return the plan; never without stages
     * @throws PactumException {@link RuleError#RATE_MISSING} when the amount cannot be converted
     */
    public RoutePlan plan(ContractFacts facts, RateSource rates) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(rates, "rates");
        if (inPolicyCurrency(facts)) {
            // Nothing to convert: evaluate over the facts themselves, allocating nothing.
            return plan(facts, facts.amount().amount(), null);
        }
        FactsView view = FactsView.of(facts, policy.currency(), rates);
        return plan(facts, view.amount().amount(), view);
    }

    private boolean inPolicyCurrency(ContractFacts facts) {
        Money budget = facts.budgetCeiling();
        return facts.amount().currency().equals(policy.currency())
                && (budget == null || budget.currency().equals(policy.currency()));
    }

    /**
     * The plan of a contract whose amount in the policy's currency is {@code amount}; conditions
     * are evaluated over {@code view} when given (money converted), else over the facts.
     */
    private RoutePlan plan(ContractFacts facts, BigDecimal amount, @Nullable FactsView view) {
        FiledRules rules = index.rules(facts);
        int slot = rules.slot(amount);
        int[] evaluate = rules.evaluate(slot);
        if (conditions.length <= 64) {
            long bits = rules.knownBits(slot);
            for (int i : evaluate) {
                if (holds(rules.test(i), facts, view)) {
                    bits |= 1L << i;
                }
            }
            if (bits == 0) {
                bits = 1L << catchAll;
            }
            RoutePlan plan = smallPlans.get(bits);
            if (plan == null) {
                plan = assemble(new long[] {bits});
                smallPlans.put(bits, plan);
            }
            return plan;
        }
        long[] words = rules.known(slot);
        for (int i : evaluate) {
            if (holds(rules.test(i), facts, view)) {
                words[i >>> 6] |= 1L << i;
            }
        }
        boolean any = false;
        for (long w : words) {
            any |= w != 0;
        }
        if (!any) {
            words[catchAll >>> 6] |= 1L << catchAll;
        }
        MatchKey key = new MatchKey(words);
        RoutePlan plan = plans.get(key);
        if (plan == null) {
            plan = assemble(words);
            if (plans.size() < PlanCache.LIMIT) {
                plans.putIfAbsent(key, plan);
            }
        }
        return plan;
    }

    private static boolean holds(CompiledCondition c, ContractFacts facts, @Nullable FactsView view) {
        return view == null ? c.test(facts) : c.test(view);
    }

    private RoutePlan assemble(long[] words) {
        List<String> matched = new ArrayList<>();
        Map<String, Set<ApproverSpec>> approvers = new LinkedHashMap<>();
        Map<String, Set<String>> ruleIds = new LinkedHashMap<>();
        for (int i = 0; i < policy.rules().size(); i++) {
            if ((words[i >>> 6] & (1L << i)) == 0) {
                continue;
            }
            ApprovalRule r = policy.rules().get(i);
            matched.add(r.id());
            for (StageAddition a : r.adds()) {
                approvers.computeIfAbsent(a.stage(), k -> new LinkedHashSet<>()).addAll(a.approvers());
                ruleIds.computeIfAbsent(a.stage(), k -> new LinkedHashSet<>()).add(r.id());
            }
        }
        List<String> order = new ArrayList<>(approvers.keySet());
        order.sort(Comparator.comparingInt(name -> policy.stage(name).orElseThrow().order()));
        Set<ApproverSpec> seen = new LinkedHashSet<>();
        List<PlannedStage> stages = new ArrayList<>();
        for (String name : order) {
            List<ApproverSpec> left = approvers.get(name).stream().filter(a -> !seen.contains(a))
                    .collect(Collectors.toList());
            seen.addAll(left);
            if (!left.isEmpty()) {
                stages.add(new PlannedStage(policy.stage(name).orElseThrow(), left, List.copyOf(ruleIds.get(name))));
            }
        }
        return new RoutePlan(matched, stages);
    }

    /**
     * The route of a contract: plan, people resolved on a date, separation of duties and
     * authority enforced, every stage explained.
     *
     * @param facts the contract facts
     * @param org the organisation
     * @param rates converts amounts into the policy's currency and limits' currencies
     * @param on the date people, delegations and absences are resolved for
     * @return the route
     * @throws ApprovalException {@link RuleError#AUTHORITY_NOT_COVERED}, {@link RuleError#NO_ELIGIBLE_APPROVER},
     *     {@link RuleError#TWO_PERSON_RULE} or {@link RuleError#QUORUM_UNREACHABLE}, naming the facts
     * @throws PactumException {@link RuleError#RATE_MISSING} when an amount cannot be converted
     */
    public Route route(ContractFacts facts, OrgStructure org, RateSource rates, LocalDate on) {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(on, "on");
        FactsView view = FactsView.of(facts, policy.currency(), rates);
        RoutePlan plan = plan(facts, view.amount().amount(), view);
        Resolver resolver = new Resolver(facts, org, on, policy.separationOfDuties().oncePerRoute());
        List<RouteStage> stages = new ArrayList<>();
        for (PlannedStage p : plan.stages()) {
            List<Seat> seats = new ArrayList<>();
            for (ApproverSpec spec : p.approvers()) {
                seats.addAll(resolver.seats(spec, p.stage().name()));
            }
            if (seats.isEmpty()) {
                continue;
            }
            ApprovalMode mode = p.stage().mode();
            if (mode.kind() == ApprovalMode.Kind.QUORUM && seats.size() < mode.quorum()) {
                throw new ApprovalException(RuleError.QUORUM_UNREACHABLE, "stages." + p.stage().name(), "stage "
                        + p.stage().name() + " needs " + mode.quorum() + " approvals but after merging repeated "
                        + "approvers and separation of duties only " + seats.size() + " seat(s) remain for contract "
                        + facts.contractId());
            }
            ApproverSpec esc = p.stage().escalateTo();
            List<UserId> escalation = esc == null ? List.of() : resolver.escalation(esc);
            List<StageReason> reasons = new ArrayList<>();
            for (String ruleId : p.ruleIds()) {
                int i = ruleIndex(ruleId);
                ApprovalRule r = policy.rules().get(i);
                reasons.add(new StageReason(r.id(), r.description(),
                        conditions[i] == null ? List.of() : conditions[i].explain(view)));
            }
            stages.add(new RouteStage(p.stage().name(), mode, seats, p.stage().sla(), escalation, reasons));
        }
        checkAuthority(facts, view.amount(), org, rates, stages);
        checkTwoPerson(facts, view.amount(), stages);
        return new Route(policy.id(), policy.effectiveFrom(), facts.contractId(), view.amount(), stages);
    }

    private int ruleIndex(String ruleId) {
        for (int i = 0; i < policy.rules().size(); i++) {
            if (policy.rules().get(i).id().equals(ruleId)) {
                return i;
            }
        }
        throw new IllegalStateException("rule " + ruleId);
    }

    private void checkAuthority(ContractFacts facts, Money amount, OrgStructure org, RateSource rates,
            List<RouteStage> stages) {
        int last = stages.size() - 1;
        RouteStage fin = stages.get(last);
        List<Seat> seats = new ArrayList<>();
        for (Seat seat : fin.seats()) {
            List<UserId> covered = new ArrayList<>();
            List<String> notes = new ArrayList<>(seat.notes());
            StringBuilder why = new StringBuilder();
            for (UserId u : seat.candidates()) {
                Optional<Money> limit = org.authorityOf(u, facts.type(), amount.currency(), rates);
                if (limit.isPresent() && limit.get().compareTo(amount) >= 0) {
                    covered.add(u);
                } else {
                    String held = limit.map(Money::toString).orElse("no authority");
                    notes.add(u + " left out of the final stage: " + held + " for type " + facts.type()
                            + " does not cover " + amount);
                    why.append(why.length() == 0 ? "" : "; ").append(u).append(" holds ").append(held);
                }
            }
            if (covered.isEmpty()) {
                throw new ApprovalException(RuleError.AUTHORITY_NOT_COVERED, "amount", "final stage " + fin.name()
                        + " (" + seat.source() + "): nobody's authority covers contract " + facts.contractId()
                        + " of type " + facts.type() + " for amount " + amount
                        + (amount.equals(facts.amount()) ? "" : " (" + facts.amount() + ")") + ": " + why);
            }
            seats.add(new Seat(seat.source(), covered, notes));
        }
        stages.set(last, new RouteStage(fin.name(), fin.mode(), seats, fin.sla(), fin.escalation(), fin.reasons()));
    }

    private void checkTwoPerson(ContractFacts facts, Money amount, List<RouteStage> stages) {
        java.math.BigDecimal from = policy.separationOfDuties().twoPersonFrom();
        if (from == null || amount.amount().compareTo(from) < 0) {
            return;
        }
        int required = stages.stream().mapToInt(RouteStage::required).sum();
        Set<UserId> people = new LinkedHashSet<>();
        stages.forEach(s -> s.seats().forEach(seat -> people.addAll(seat.candidates())));
        if (required < 2 || people.size() < 2) {
            throw new ApprovalException(RuleError.TWO_PERSON_RULE, "amount", "contract " + facts.contractId()
                    + " of " + amount + " is at or above the two-person threshold " + from.toPlainString() + " "
                    + amount.currency() + " but its route " + stages.stream().map(RouteStage::name)
                    .collect(Collectors.toList()) + " needs only " + required + " approval(s) from "
                    + people.size() + " eligible person(s)");
        }
    }

    /** The matched-rule bit set, as a map key. */
    private static final class MatchKey {
        private final long[] words;
        private final int hash;

        MatchKey(long[] words) {
            this.words = words;
            this.hash = Arrays.hashCode(words);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MatchKey && Arrays.equals(words, ((MatchKey) o).words);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
