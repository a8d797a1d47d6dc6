package io.pactum.rules.approval;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.Direction;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.ValidationException;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.json.JsonObjectWriter;
import io.pactum.core.json.JsonOutput;
import io.pactum.core.json.JsonValueReader;
import io.pactum.core.money.Money;
import io.pactum.rules.RuleError;
import io.pactum.rules.condition.FactUsed;
import io.pactum.rules.facts.AttributeValue;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.DeviationFacts;
import io.pactum.rules.facts.RiskLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of an {@link ApprovalProcess}, so that a runtime can store a process and continue
 * it later exactly where it stopped: the route with its seats and reasons, the facts, the current
 * stage with who holds which seat and who was added by delegation or escalation, every decision
 * and the stage cycle times. The policy is referenced by id and version, never copied: reading
 * asks the caller for the compiled router of that version, so a process keeps its version.
 *
 * <p>Writing then reading gives a process in the same state ({@code ApprovalProcessJsonProperties}).
 * Reading is strict: every problem, malformed JSON and parts that do not fit together included,
 * is reported with its JSON pointer in one {@link ValidationException}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ApprovalProcessJson {

    /** The schema name written in every document. */
    public static final String SCHEMA = "pactum.approval-process/v1";

    private ApprovalProcessJson() {
    }

    /** Finds the compiled router of a policy version; empty when the version is unknown. */
    @FunctionalInterface
    public interface PolicyLookup {
        /**
         * The router of a policy version.
         *
         * @param policyId the policy id
         * @param effectiveFrom the version's effective date
         */
        Optional<ApprovalRouter> router(String policyId, LocalDate effectiveFrom);
    }

    /** Writes a process as compact JSON. */
    public static String write(ApprovalProcess process) {
        Objects.requireNonNull(process, "process");
        ApprovalProcess.State s = process.state();
        return JsonOutput.compact().write(w -> {
            w.string("schema", SCHEMA)
                    .object("policy", p -> p.string("id", s.route().policyId()).date("version", s.route().policyVersion()))
                    .enumValue("status", s.status())
                    .instant("submittedAt", s.submittedAt())
                    .optInstant("closedAt", s.closedAt())
                    .integer("stageIndex", s.stageIndex())
                    .instant("stageStartedAt", s.stageStartedAt())
                    .instant("lastEventAt", s.lastEventAt())
                    .object("facts", f -> facts(f, s.facts()))
                    .object("route", r -> route(r, s.route()))
                    .objects("seats", seatIndexes(s.holders().size()), (o, i) -> {
                        UserId holder = s.holders().get(i);
                        o.optString("holder", holder == null ? null : holder.value());
                        o.strings("extra", values(s.extra().get(i)));
                    })
                    .strings("approvedInRoute", values(s.approvedInRoute()))
                    .objects("decisions", s.decisions(), ApprovalProcessJson::decision)
                    .objects("cycles", s.cycles(), (o, c) -> o.string("stage", c.stage()).instant("started", c.started())
                            .instant("ended", c.ended()));
        });
    }

    /**
     * Reads a process.
     *
     * @param json the document
     * @param policies the routers of policy versions; the process's version must be known
     * @return the process, continuing where it stopped
     * @throws ValidationException every problem with its JSON pointer: the core kit's {@code PCT-14xx},
     *     {@link RuleError#NO_POLICY_IN_FORCE} at {@code /policy} for an unknown version,
     *     {@link RuleError#BAD_PROCESS_RECORD} for parts that do not fit together
     */
    public static ApprovalProcess read(String json, PolicyLookup policies) {
        Objects.requireNonNull(policies, "policies");
        return JsonInput.standard().read("approval process", json, r -> process(r, policies));
    }

    // ------------------------------------------------------------------ writing

    private static List<Integer> seatIndexes(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    private static List<String> values(List<UserId> users) {
        return users.stream().map(UserId::value).toList();
    }

    private static void facts(JsonObjectWriter w, ContractFacts f) {
        w.string("contractId", f.contractId().value())
                .string("type", f.type().value())
                .enumValue("direction", f.direction())
                .money("amount", f.amount())
                .enumValue("riskLevel", f.riskLevel())
                .string("department", f.department().value())
                .optString("region", f.region())
                .string("counterparty", f.counterparty().value())
                .string("owner", f.owner().value())
                .string("submitter", f.submitter().value())
                .optMoney("budgetCeiling", f.budgetCeiling())
                .map("attributes", f.attributes(), (v, a) -> v.object(o -> attribute(o, a)))
                .object("deviations", d -> d.strings("fallback", f.deviations().fallbackCategories())
                        .strings("edited", f.deviations().editedCategories())
                        .strings("missingMandatory", f.deviations().missingMandatoryCategories())
                        .bool("extraApproval", f.deviations().extraApprovalRequired()));
    }

    private static void attribute(JsonObjectWriter o, AttributeValue a) {
        if (a instanceof AttributeValue.Text t) {
            o.string("text", t.value());
        } else if (a instanceof AttributeValue.Number n) {
            o.decimal("number", n.value());
        } else if (a instanceof AttributeValue.Flag f) {
            o.bool("flag", f.value());
        } else {
            o.date("date", ((AttributeValue.Date) a).value());
        }
    }

    private static void route(JsonObjectWriter w, Route route) {
        w.string("contract", route.contract().value())
                .money("amount", route.amount())
                .objects("stages", route.stages(), (o, st) -> {
                    o.string("name", st.name()).enumValue("mode", st.mode().kind());
                    if (st.mode().kind() == ApprovalMode.Kind.QUORUM) {
                        o.integer("quorum", st.mode().quorum());
                    }
                    o.duration("sla", st.sla())
                            .strings("escalation", values(st.escalation()))
                            .objects("seats", st.seats(), (so, seat) -> so.string("source", seat.source())
                                    .strings("candidates", values(seat.candidates())).strings("notes", seat.notes()))
                            .objects("reasons", st.reasons(), (ro, reason) -> ro.string("ruleId", reason.ruleId())
                                    .string("description", reason.description())
                                    .objects("facts", reason.facts(), (fo, fact) -> fo.string("field", fact.field())
                                            .string("actual", fact.actual()).string("test", fact.test())));
                });
    }

    private static void decision(JsonObjectWriter o, Decision d) {
        o.enumValue("kind", d.kind())
                .optString("actor", d.actor() == null ? null : d.actor().value())
                .instant("at", d.at())
                .string("stage", d.stage())
                .string("comment", d.comment())
                .duration("timeSpent", d.timeSpent())
                .optString("delegate", d.delegate() == null ? null : d.delegate().value());
    }

    // ------------------------------------------------------------------ reading

    private static @Nullable ApprovalProcess process(JsonObjectReader r, PolicyLookup policies) {
        String schema = r.string("schema");
        if (schema != null && !schema.equals(SCHEMA)) {
            r.error("schema", RuleError.BAD_PROCESS_RECORD, "expected schema " + SCHEMA + ", got " + schema);
        }
        JsonObjectReader p = r.object("policy");
        String policyId = p == null ? null : p.string("id");
        LocalDate version = p == null ? null : p.date("version");
        ApprovalRouter router = null;
        if (policyId != null && version != null) {
            router = policies.router(policyId, version).orElse(null);
            if (router == null) {
                r.error("policy", RuleError.NO_POLICY_IN_FORCE, "policy " + policyId + " of " + version
                        + " is not known; a process continues on the version it started with");
            }
        }
        ProcessStatus status = r.enumValue("status", ProcessStatus.class);
        Instant submittedAt = r.instant("submittedAt");
        Instant closedAt = r.optInstant("closedAt");
        Long stageIndex = r.integer("stageIndex", 0, 10_000);
        Instant stageStartedAt = r.instant("stageStartedAt");
        Instant lastEventAt = r.instant("lastEventAt");
        JsonObjectReader fr = r.object("facts");
        ContractFacts facts = fr == null ? null : facts(fr);
        JsonObjectReader rr = r.object("route");
        Route route = rr == null || policyId == null || version == null ? null : route(rr, policyId, version);
        List<JsonObjectReader> seatReaders = r.objects("seats");
        List<@Nullable UserId> holders = new ArrayList<>();
        List<List<UserId>> extra = new ArrayList<>();
        for (JsonObjectReader s : seatReaders) {
            String holder = s.optString("holder");
            holders.add(holder == null ? null : user(s, "holder", holder));
            extra.add(users(s, "extra"));
        }
        List<UserId> approved = users(r, "approvedInRoute");
        List<Decision> decisions = new ArrayList<>();
        for (JsonObjectReader d : r.objects("decisions")) {
            Decision decision = decision(d);
            if (decision != null) {
                decisions.add(decision);
            }
        }
        List<StageCycle> cycles = new ArrayList<>();
        for (JsonObjectReader c : r.objects("cycles")) {
            String stage = c.string("stage");
            Instant started = c.instant("started");
            Instant ended = c.instant("ended");
            StageCycle cycle = c.build(() -> new StageCycle(Objects.requireNonNull(stage), Objects.requireNonNull(started),
                    Objects.requireNonNull(ended)));
            if (cycle != null) {
                cycles.add(cycle);
            }
        }
        if (router == null || status == null || submittedAt == null || stageIndex == null || stageStartedAt == null
                || lastEventAt == null || facts == null || route == null) {
            return null;
        }
        if (!consistent(r, status, stageIndex.intValue(), route, facts, holders, closedAt)) {
            return null;
        }
        ApprovalProcess.State state = new ApprovalProcess.State(route, facts, status, stageIndex.intValue(),
                stageStartedAt, lastEventAt, submittedAt, closedAt, holders, extra, approved, decisions, cycles);
        ApprovalRouter finalRouter = router;
        return r.build("route", () -> ApprovalProcess.restore(finalRouter, state));
    }

    /** The parts must fit: the stage index on the route, one seat entry per seat, the same contract. */
    private static boolean consistent(JsonObjectReader r, ProcessStatus status, int stageIndex, Route route,
            ContractFacts facts, List<@Nullable UserId> holders, @Nullable Instant closedAt) {
        boolean ok = true;
        if (stageIndex >= route.stages().size()) {
            r.error("stageIndex", RuleError.BAD_PROCESS_RECORD, "stage " + stageIndex + " is not on a route of "
                    + route.stages().size() + " stages");
            return false;
        }
        if (holders.size() != route.stages().get(stageIndex).seats().size()) {
            r.error("seats", RuleError.BAD_PROCESS_RECORD, holders.size() + " seat entries for stage "
                    + route.stages().get(stageIndex).name() + " with " + route.stages().get(stageIndex).seats().size()
                    + " seats");
            ok = false;
        }
        if (!route.contract().equals(facts.contractId())) {
            r.error("route", RuleError.BAD_PROCESS_RECORD, "the route is for contract " + route.contract()
                    + ", the facts for " + facts.contractId());
            ok = false;
        }
        if (status.isFinal() != (closedAt != null)) {
            r.error("closedAt", RuleError.BAD_PROCESS_RECORD, "a " + status + " process "
                    + (closedAt == null ? "needs" : "has no") + " closedAt");
            ok = false;
        }
        return ok;
    }

    private static @Nullable ContractFacts facts(JsonObjectReader r) {
        String contractId = r.string("contractId");
        String type = r.string("type");
        Direction direction = r.enumValue("direction", Direction.class);
        Money amount = r.money("amount");
        RiskLevel risk = r.enumValue("riskLevel", RiskLevel.class);
        String department = r.string("department");
        String region = r.optString("region");
        String counterparty = r.string("counterparty");
        String owner = r.string("owner");
        String submitter = r.string("submitter");
        Money budget = r.optMoney("budgetCeiling");
        Map<String, AttributeValue> attributes = new TreeMap<>();
        for (Map.Entry<String, JsonValueReader> e : r.map("attributes").entrySet()) {
            JsonObjectReader o = e.getValue().asObject();
            AttributeValue a = o == null ? null : attribute(o);
            if (a != null) {
                attributes.put(e.getKey(), a);
            }
        }
        JsonObjectReader d = r.object("deviations");
        DeviationFacts deviations = d == null ? null : new DeviationFacts(new LinkedHashSet<>(d.strings("fallback")),
                new LinkedHashSet<>(d.strings("edited")), new LinkedHashSet<>(d.strings("missingMandatory")),
                d.bool("extraApproval", false));
        if (contractId == null || type == null || direction == null || amount == null || risk == null
                || department == null || counterparty == null || owner == null || submitter == null
                || deviations == null) {
            return null;
        }
        return r.build(() -> new ContractFacts(ContractId.of(contractId), ContractTypeId.of(type), direction, amount,
                risk, DepartmentId.of(department), region, PartyId.of(counterparty), UserId.of(owner),
                UserId.of(submitter), attributes, budget, deviations));
    }

    private static @Nullable AttributeValue attribute(JsonObjectReader o) {
        Map<String, Function<JsonObjectReader, @Nullable AttributeValue>> kinds = Map.of(
                "text", x -> {
                    String t = x.string("text");
                    return t == null ? null : AttributeValue.text(t);
                },
                "number", x -> {
                    java.math.BigDecimal n = x.decimal("number");
                    return n == null ? null : AttributeValue.number(n);
                },
                "flag", x -> AttributeValue.flag(x.bool("flag", false)),
                "date", x -> {
                    LocalDate d = x.date("date");
                    return d == null ? null : AttributeValue.date(d);
                });
        List<String> present = kinds.keySet().stream().filter(o::has).sorted().toList();
        if (present.size() != 1) {
            o.error("", RuleError.BAD_PROCESS_RECORD, "an attribute has exactly one of text, number, flag, date; got "
                    + present);
            return null;
        }
        return kinds.get(present.get(0)).apply(o);
    }

    private static @Nullable Route route(JsonObjectReader r, String policyId, LocalDate version) {
        String contract = r.string("contract");
        Money amount = r.money("amount");
        List<RouteStage> stages = new ArrayList<>();
        List<JsonObjectReader> stageReaders = r.objects("stages");
        for (JsonObjectReader st : stageReaders) {
            RouteStage stage = stage(st);
            if (stage != null) {
                stages.add(stage);
            }
        }
        if (contract == null || amount == null || stages.size() != stageReaders.size()) {
            return null;
        }
        return r.build("stages", () -> new Route(policyId, version, ContractId.of(contract), amount, stages));
    }

    private static @Nullable RouteStage stage(JsonObjectReader r) {
        String name = r.string("name");
        ApprovalMode.Kind kind = r.enumValue("mode", ApprovalMode.Kind.class);
        Long quorum = kind == ApprovalMode.Kind.QUORUM ? r.integer("quorum", 1, 1000) : null;
        Duration sla = r.duration("sla");
        List<UserId> escalation = users(r, "escalation");
        List<Seat> seats = new ArrayList<>();
        List<JsonObjectReader> seatReaders = r.objects("seats");
        for (JsonObjectReader s : seatReaders) {
            String source = s.string("source");
            List<UserId> candidates = users(s, "candidates");
            List<String> notes = s.strings("notes");
            Seat seat = source == null ? null : s.build("candidates", () -> new Seat(source, candidates, notes));
            if (seat != null) {
                seats.add(seat);
            }
        }
        List<StageReason> reasons = new ArrayList<>();
        for (JsonObjectReader re : r.objects("reasons")) {
            String ruleId = re.string("ruleId");
            String description = re.string("description");
            List<FactUsed> used = new ArrayList<>();
            for (JsonObjectReader fo : re.objects("facts")) {
                String field = fo.string("field");
                String actual = fo.string("actual");
                String test = fo.string("test");
                if (field != null && actual != null && test != null) {
                    used.add(new FactUsed(field, actual, test));
                }
            }
            if (ruleId != null && description != null) {
                reasons.add(new StageReason(ruleId, description, used));
            }
        }
        if (name == null || kind == null || sla == null || kind == ApprovalMode.Kind.QUORUM && quorum == null
                || seats.size() != seatReaders.size()) {
            return null;
        }
        int q = quorum == null ? 0 : quorum.intValue();
        return r.build(() -> new RouteStage(name, new ApprovalMode(kind, q), seats, sla, escalation, reasons));
    }

    private static @Nullable Decision decision(JsonObjectReader r) {
        DecisionKind kind = r.enumValue("kind", DecisionKind.class);
        String actor = r.optString("actor");
        Instant at = r.instant("at");
        String stage = r.string("stage");
        String comment = r.string("comment");
        Duration spent = r.duration("timeSpent");
        String delegate = r.optString("delegate");
        UserId actorId = actor == null ? null : user(r, "actor", actor);
        UserId delegateId = delegate == null ? null : user(r, "delegate", delegate);
        if (kind == null || at == null || stage == null || comment == null || spent == null
                || actor != null && actorId == null || delegate != null && delegateId == null) {
            return null;
        }
        return r.build(() -> new Decision(kind, actorId, at, stage, comment, spent, delegateId));
    }

    private static @Nullable UserId user(JsonObjectReader r, String name, String value) {
        return r.build(name, () -> UserId.of(value));
    }

    private static List<UserId> users(JsonObjectReader r, String name) {
        List<UserId> out = new ArrayList<>();
        for (JsonValueReader v : r.values(name)) {
            String s = v.asString();
            if (s == null) {
                continue;
            }
            try {
                out.add(UserId.of(s));
            } catch (io.pactum.core.error.PactumException e) {
                v.error(e.errorCode(), e.getMessage());
            }
        }
        return out;
    }
}
