package io.pactum.rules.approval;

import io.pactum.core.error.ValidationException;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.json.JsonValueReader;
import io.pactum.core.money.Money;
import io.pactum.rules.RuleError;
import io.pactum.rules.condition.Condition;
import io.pactum.rules.condition.ConditionJson;
import io.pactum.rules.condition.FieldCatalog;
import io.pactum.rules.condition.ValueType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads approval policies from JSON (the format is described in {@code docs/approval.md}).
 * Every problem — malformed JSON, unknown properties, bad conditions, and the static checks of
 * {@link ApprovalRouter#compile} — is reported at its JSON pointer in one
 * {@link ValidationException}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ApprovalPolicyJson {

    private ApprovalPolicyJson() {
    }

    /**
     * Reads and statically checks a policy version.
     *
     * @param json the JSON text
     * @return the policy
     * @throws ValidationException every problem with its JSON pointer
     */
    public static ApprovalPolicy parse(String json) {
        ApprovalPolicy policy = JsonInput.standard().read("approval policy", json, ApprovalPolicyJson::policy);
        ApprovalRouter.compile(policy);
        return policy;
    }

    private static @Nullable ApprovalPolicy policy(JsonObjectReader r) {
        r.ignore("$schema");
        String id = r.string("id");
        LocalDate effectiveFrom = r.date("effectiveFrom");
        String currencyCode = r.string("currency");
        Currency currency = currencyCode == null ? null : r.build("currency", () -> Money.currency(currencyCode));
        Map<String, ValueType> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValueReader> e : r.map("attributes").entrySet()) {
            String t = e.getValue().asString();
            if (t == null) {
                continue;
            }
            try {
                attributes.put(e.getKey(), ValueType.valueOf(t));
            } catch (IllegalArgumentException ex) {
                e.getValue().error(RuleError.BAD_ATTRIBUTE, "attribute types are TEXT, NUMBER, DATE or BOOLEAN, got \""
                        + t + "\"");
            }
        }
        FieldCatalog catalog = r.build("attributes", () -> FieldCatalog.withAttributes(attributes));
        SeparationOfDuties sod = SeparationOfDuties.standard();
        JsonObjectReader s = r.optObject("separationOfDuties");
        if (s != null) {
            boolean once = s.bool("oncePerRoute", true);
            BigDecimal from = s.has("twoPersonFrom") ? decimal(s.value("twoPersonFrom")) : null;
            SeparationOfDuties built = s.build(() -> new SeparationOfDuties(once, from));
            sod = built == null ? sod : built;
        }
        MaterialChangeReset reset = r.enumValue("onMaterialChange", MaterialChangeReset.class,
                MaterialChangeReset.RESTART_ROUTE);
        List<StageDefinition> stages = new ArrayList<>();
        for (JsonObjectReader st : r.objects("stages")) {
            StageDefinition d = stage(st);
            if (d != null) {
                stages.add(d);
            }
        }
        List<ApprovalRule> rules = new ArrayList<>();
        for (JsonObjectReader ru : r.objects("rules")) {
            ApprovalRule rule = rule(ru, catalog == null ? FieldCatalog.standard() : catalog);
            if (rule != null) {
                rules.add(rule);
            }
        }
        SeparationOfDuties finalSod = sod;
        return r.build(() -> new ApprovalPolicy(Objects.requireNonNull(id), Objects.requireNonNull(effectiveFrom),
                Objects.requireNonNull(currency), attributes, stages, rules, finalSod, reset));
    }

    private static @Nullable StageDefinition stage(JsonObjectReader r) {
        String name = r.string("name");
        Long order = r.integer("order", 0, 1_000_000);
        ApprovalMode.Kind kind = r.enumValue("mode", ApprovalMode.Kind.class);
        Long quorum = kind == ApprovalMode.Kind.QUORUM ? r.integer("quorum", 1, 1000) : null;
        if (kind != ApprovalMode.Kind.QUORUM && r.has("quorum")) {
            r.error("quorum", RuleError.BAD_POLICY_VALUE, "quorum applies only to mode QUORUM");
        }
        Duration sla = r.duration("sla");
        JsonObjectReader e = r.optObject("escalateTo");
        ApproverSpec escalateTo = e == null ? null : approver(e);
        if (name == null || order == null || kind == null || sla == null || e != null && escalateTo == null
                || kind == ApprovalMode.Kind.QUORUM && quorum == null) {
            return null;
        }
        int q = quorum == null ? 0 : quorum.intValue();
        return r.build(() -> new StageDefinition(name, order.intValue(), new ApprovalMode(kind, q), sla, escalateTo));
    }

    private static @Nullable ApprovalRule rule(JsonObjectReader r, FieldCatalog catalog) {
        String id = r.string("id");
        String description = r.string("description", "");
        String band = r.optString("band");
        JsonObjectReader w = r.optObject("when");
        Condition when = w == null ? null : ConditionJson.read(w, catalog);
        List<StageAddition> adds = new ArrayList<>();
        List<JsonObjectReader> addReaders = r.objects("adds");
        if (addReaders.isEmpty()) {
            r.error("adds", RuleError.BAD_POLICY_VALUE, "a rule must add approvers to at least one stage");
        }
        for (JsonObjectReader a : addReaders) {
            String stage = a.string("stage");
            List<ApproverSpec> approvers = new ArrayList<>();
            List<JsonObjectReader> list = a.objects("approvers");
            if (list.isEmpty()) {
                a.error("approvers", RuleError.BAD_POLICY_VALUE, "a stage addition needs at least one approver");
            }
            for (JsonObjectReader ap : list) {
                ApproverSpec spec = approver(ap);
                if (spec != null) {
                    approvers.add(spec);
                }
            }
            if (stage != null && approvers.size() == list.size() && !list.isEmpty()) {
                StageAddition built = a.build(() -> new StageAddition(stage, approvers));
                if (built != null) {
                    adds.add(built);
                }
            }
        }
        if (id == null || w != null && when == null || adds.size() != addReaders.size() || adds.isEmpty()) {
            return null;
        }
        return r.build(() -> new ApprovalRule(id, description, when, band, adds));
    }

    private static @Nullable ApproverSpec approver(JsonObjectReader r) {
        String[] shapes = {"role", "user", "group", "managers", "departmentHead"};
        List<String> present = new ArrayList<>();
        for (String s : shapes) {
            if (r.has(s)) {
                present.add(s);
            }
        }
        if (present.size() != 1) {
            r.error("", RuleError.BAD_POLICY_VALUE, "an approver has exactly one of role, user, group, managers, "
                    + "departmentHead; got " + (present.isEmpty() ? "none" : String.join(", ", present)));
            return null;
        }
        switch (present.get(0)) {
            case "role": {
                String v = r.string("role");
                return v == null ? null : r.build("role", () -> ApproverSpec.role(v));
            }
            case "user": {
                String v = r.string("user");
                return v == null ? null : r.build("user", () -> ApproverSpec.user(v));
            }
            case "group": {
                String v = r.string("group");
                return v == null ? null : r.build("group", () -> ApproverSpec.group(v));
            }
            case "managers": {
                Long levels = r.integer("managers", 1, 10);
                return levels == null ? null : ApproverSpec.managers(levels.intValue());
            }
            default:
                if (!r.bool("departmentHead", false)) {
                    r.error("departmentHead", RuleError.BAD_POLICY_VALUE, "departmentHead is written as true");
                    return null;
                }
                return ApproverSpec.departmentHead();
        }
    }

    private static @Nullable BigDecimal decimal(@Nullable JsonValueReader v) {
        if (v == null) {
            return null;
        }
        if (v.type() == JsonValueReader.Type.NUMBER) {
            return v.asDecimal();
        }
        if (v.type() == JsonValueReader.Type.STRING) {
            try {
                return new BigDecimal(Objects.requireNonNull(v.asString()));
            } catch (NumberFormatException e) {
                v.error(RuleError.BAD_POLICY_VALUE, "expected a decimal amount");
                return null;
            }
        }
        v.error(RuleError.BAD_POLICY_VALUE, "expected a decimal amount");
        return null;
    }
}
