package io.pactum.core.template;

import io.pactum.core.clause.Approval;
import io.pactum.core.clause.Clause;
import io.pactum.core.clause.ClauseCategory;
import io.pactum.core.clause.ClauseId;
import io.pactum.core.clause.ClauseLibrary;
import io.pactum.core.clause.ClauseStatus;
import io.pactum.core.clause.ClauseVariant;
import io.pactum.core.clause.ClauseVersion;
import io.pactum.core.clause.ContractLocale;
import io.pactum.core.clause.RiskLevel;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.ValidationException;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.json.JsonValueReader;
import io.pactum.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads clause libraries, templates, variable schemas and variable values from JSON, strictly:
 * every problem (unknown properties, wrong types, missing values, broken invariants, missing
 * resources) is reported at once with its JSON pointer in one {@link ValidationException}. Bodies
 * are inline ({@code "body"}) or in a resource ({@code "bodyResource"}) fetched through the
 * caller's {@link ResourceLoader}. The formats are described in docs/templates.md. Stateless and
 * thread-safe.
 */
public final class TemplateJson {

    private TemplateJson() {
    }

    /** Reads a clause library: {@code {"clauses": [...]}}. */
    public static ClauseLibrary readClauseLibrary(String json, ResourceLoader resources) {
        Objects.requireNonNull(resources, "resources");
        return JsonInput.standard().read("clause library", json, root -> {
            List<Clause> clauses = new ArrayList<>();
            for (JsonObjectReader c : root.objects("clauses")) {
                Clause clause = clause(c, resources);
                if (clause != null) {
                    clauses.add(clause);
                }
            }
            return root.build("clauses", () -> ClauseLibrary.of(clauses));
        });
    }

    /** Reads a template with its versions. */
    public static Template readTemplate(String json, ResourceLoader resources) {
        Objects.requireNonNull(resources, "resources");
        return JsonInput.standard().read("template", json, root -> {
            // Read outside build(): a missing id must be recorded before build() decides whether a
            // failure is a consequence of earlier problems.
            String idText = root.string("id");
            TemplateId id = idText == null ? null : root.build("id", () -> TemplateId.of(idText));
            String name = root.string("name");
            List<TemplateVersion> versions = new ArrayList<>();
            for (JsonObjectReader v : root.objects("versions")) {
                TemplateVersion version = version(v, id, resources);
                if (version != null) {
                    versions.add(version);
                }
            }
            return root.build(() -> new Template(Objects.requireNonNull(id), Objects.requireNonNull(name), versions));
        });
    }

    /** Reads a variable schema on its own: {@code {"variables": [...]}}. */
    public static VariableSchema readSchema(String json) {
        return JsonInput.standard().read("variable schema", json, TemplateJson::schema);
    }

    /**
     * Reads variable values, typed by the schema: {@code {"values": {"price": {"amount": "1.00",
     * "currency": "CNY"}, ...}}}. Names the schema does not know are read by their JSON shape so
     * that composition can report them as unknown variables.
     */
    public static VariableValues readValues(String json, VariableSchema schema) {
        Objects.requireNonNull(schema, "schema");
        return JsonInput.standard().read("variable values", json, root -> {
            Map<String, VariableValue> values = record(root.map("values"), schema.variables());
            return new VariableValues(values);
        });
    }

    private static @Nullable Clause clause(JsonObjectReader c, ResourceLoader resources) {
        String idText = c.string("id");
        ClauseId id = idText == null ? null : c.build("id", () -> ClauseId.of(idText));
        ClauseCategory category = c.enumValue("category", ClauseCategory.class);
        List<ClauseVersion> versions = new ArrayList<>();
        for (JsonObjectReader v : c.objects("versions")) {
            Long number = v.integer("version", 1, 100_000);
            ClauseStatus status = v.enumValue("status", ClauseStatus.class);
            String approvedBy = v.optString("approvedBy");
            Instant approvedAt = v.optInstant("approvedAt");
            ContractLocale locale = locale(v);
            String title = v.string("title");
            List<ClauseVariant> variants = new ArrayList<>();
            for (JsonObjectReader variant : v.objects("variants")) {
                String key = variant.string("key");
                String body = body(variant, resources, true);
                RiskLevel risk = variant.enumValue("risk", RiskLevel.class, RiskLevel.NONE);
                boolean extra = variant.bool("extraApproval", false);
                ClauseVariant built = variant.build(() -> new ClauseVariant(Objects.requireNonNull(key),
                        Objects.requireNonNull(body), risk, extra));
                if (built != null) {
                    variants.add(built);
                }
            }
            // An approval is the pair: half of it is a missing property, not an unapproved version.
            boolean halfApproval = (approvedBy == null) != (approvedAt == null);
            if (approvedBy == null && approvedAt != null && !v.has("approvedBy")) {
                v.error("approvedBy", CoreError.REQUIRED, "\"approvedBy\" is required with \"approvedAt\"");
            } else if (approvedBy != null && approvedAt == null && !v.has("approvedAt")) {
                v.error("approvedAt", CoreError.REQUIRED, "\"approvedAt\" is required with \"approvedBy\"");
            }
            Approval approval = approvedBy == null || approvedAt == null ? null
                    : v.build("approvedBy", () -> new Approval(UserId.of(approvedBy), approvedAt));
            ClauseVersion version = halfApproval ? null : v.build(() -> new ClauseVersion(Objects.requireNonNull(number).intValue(),
                    Objects.requireNonNull(status), approval, Objects.requireNonNull(locale),
                    Objects.requireNonNull(title), variants));
            if (version != null) {
                versions.add(version);
            }
        }
        return c.build(() -> new Clause(Objects.requireNonNull(id), Objects.requireNonNull(category), versions));
    }

    private static @Nullable TemplateVersion version(JsonObjectReader v, @Nullable TemplateId id,
            ResourceLoader resources) {
        Long number = v.integer("version", 1, 100_000);
        TemplateStatus status = v.enumValue("status", TemplateStatus.class);
        String typeText = v.string("contractType");
        ContractTypeId type = typeText == null ? null : v.build("contractType", () -> ContractTypeId.of(typeText));
        ContractLocale locale = locale(v);
        String title = v.string("title");
        VariableSchema schema = schema(v);
        Applicability applicability = Applicability.anywhere();
        JsonObjectReader a = v.optObject("applicability");
        if (a != null) {
            List<String> regions = a.strings("regions");
            List<String> kinds = a.strings("counterpartyKinds");
            Money min = a.optMoney("minAmount");
            Money max = a.optMoney("maxAmount");
            Applicability built = a.build(() -> new Applicability(regions, kinds, min, max));
            applicability = built == null ? applicability : built;
        }
        List<Section> sections = sections(v.optObjects("sections"), resources);
        Applicability finalApplicability = applicability;
        return v.build(() -> new TemplateVersion(Objects.requireNonNull(id), Objects.requireNonNull(number).intValue(),
                Objects.requireNonNull(status), Objects.requireNonNull(type), Objects.requireNonNull(locale),
                Objects.requireNonNull(title), Objects.requireNonNull(schema), sections, finalApplicability));
    }

    private static List<Section> sections(List<JsonObjectReader> readers, ResourceLoader resources) {
        List<Section> out = new ArrayList<>();
        for (JsonObjectReader s : readers) {
            String anchor = s.string("anchor");
            String heading = s.optString("heading");
            String clauseId = s.optString("clause");
            Long pinned = s.optInteger("clauseVersion", 1, 100_000);
            if (pinned != null && clauseId == null) {
                s.error("clauseVersion", CoreError.NOT_ALLOWED, "clauseVersion pins the version of a clause; give clause too");
            }
            ClauseRef ref = clauseId == null ? null : s.build("clause",
                    () -> new ClauseRef(ClauseId.of(clauseId), pinned == null ? null : pinned.intValue()));
            String body = body(s, resources, false);
            String when = s.optString("when");
            boolean mandatory = s.bool("mandatory", false);
            List<Section> children = sections(s.optObjects("sections"), resources);
            Section section = s.build(() -> new Section(Objects.requireNonNull(anchor), heading, ref, body, when,
                    mandatory, children));
            if (section != null) {
                out.add(section);
            }
        }
        return out;
    }

    private static @Nullable String body(JsonObjectReader o, ResourceLoader resources, boolean required) {
        String inline = o.optString("body");
        String resource = o.optString("bodyResource");
        if (inline != null && resource != null) {
            o.error("bodyResource", CoreError.NOT_ALLOWED, "give body or bodyResource, not both");
            return null;
        }
        if (resource != null) {
            String text = resources.load(resource).orElse(null);
            if (text == null) {
                o.error("bodyResource", TemplateError.RESOURCE_MISSING, "no resource " + resource);
            }
            return text;
        }
        if (inline == null && required) {
            o.error("body", CoreError.REQUIRED, "body or bodyResource is required");
        }
        return inline;
    }

    private static @Nullable ContractLocale locale(JsonObjectReader o) {
        String tag = o.string("locale");
        if (tag == null) {
            return null;
        }
        ContractLocale locale = ContractLocale.forTag(tag).orElse(null);
        if (locale == null) {
            o.error("locale", CoreError.NOT_ALLOWED, "locale must be zh-CN or en, got \"" + tag + "\"");
        }
        return locale;
    }

    private static @Nullable VariableSchema schema(JsonObjectReader o) {
        List<VariableDefinition> defs = definitions(o.objects("variables"));
        return o.build("variables", () -> new VariableSchema(defs));
    }

    private static List<VariableDefinition> definitions(List<JsonObjectReader> readers) {
        List<VariableDefinition> out = new ArrayList<>();
        for (JsonObjectReader d : readers) {
            String name = d.string("name");
            VariableType type = d.enumValue("type", VariableType.class);
            boolean required = d.bool("required", true);
            String label = d.string("label", "");
            List<String> allowed = d.strings("allowed");
            List<VariableDefinition> fields = definitions(d.optObjects("fields"));
            VariableDefinition def = d.build(() -> new VariableDefinition(Objects.requireNonNull(name),
                    Objects.requireNonNull(type), required, label, allowed, fields));
            if (def != null) {
                out.add(def);
            }
        }
        return out;
    }

    private static Map<String, VariableValue> record(Map<String, JsonValueReader> json, List<VariableDefinition> defs) {
        Map<String, VariableValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValueReader> e : json.entrySet()) {
            VariableDefinition def = defs.stream().filter(d -> d.name().equals(e.getKey())).findFirst().orElse(null);
            VariableValue v = value(e.getValue(), def);
            if (v != null) {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    private static @Nullable VariableValue value(JsonValueReader json, @Nullable VariableDefinition def) {
        JsonValueReader.Type shape = json.type();
        VariableType type = def == null ? guess(shape) : def.type();
        try {
            switch (type) {
                case STRING:
                case TEXT:
                case ENUM: {
                    String s = json.asString();
                    return s == null ? null : VariableValue.text(s);
                }
                case INTEGER: {
                    BigDecimal d = json.asDecimal();
                    if (d == null) {
                        return null;
                    }
                    try {
                        return VariableValue.integer(d.longValueExact());
                    } catch (ArithmeticException e) {
                        json.error(TemplateError.TYPE_MISMATCH, "expected a whole number, got " + d.toPlainString());
                        return null;
                    }
                }
                case DECIMAL: {
                    BigDecimal d = json.asDecimal();
                    return d == null ? null : new VariableValue.DecimalNumber(d);
                }
                case PERCENT: {
                    BigDecimal d = json.asDecimal();
                    return d == null ? null : new VariableValue.Percentage(d);
                }
                case MONEY: {
                    JsonObjectReader o = json.asObject();
                    Money m = o == null ? null : o.asMoney();
                    return m == null ? null : VariableValue.money(m);
                }
                case DATE: {
                    String s = json.asString();
                    return s == null ? null : VariableValue.date(LocalDate.parse(s));
                }
                case DURATION: {
                    String s = json.asString();
                    return s == null ? null : VariableValue.duration(Period.parse(s));
                }
                case BOOLEAN: {
                    Boolean b = json.asBoolean();
                    return b == null ? null : VariableValue.bool(b);
                }
                case PARTY: {
                    JsonObjectReader o = json.asObject();
                    if (o == null) {
                        return null;
                    }
                    String name = o.string("name");
                    String address = o.optString("address");
                    String representative = o.optString("representative");
                    String registration = o.optString("registrationNumber");
                    PartyDetails p = o.build(() -> new PartyDetails(Objects.requireNonNull(name), address,
                            representative, registration));
                    return p == null ? null : VariableValue.party(p);
                }
                default: {
                    List<Map<String, VariableValue>> rows = new ArrayList<>();
                    for (JsonValueReader row : json.asArray()) {
                        JsonObjectReader o = row.asObject();
                        if (o != null) {
                            rows.add(row(o, def == null ? List.of() : def.fields()));
                        }
                    }
                    return VariableValue.list(rows);
                }
            }
        } catch (DateTimeParseException | ArithmeticException | io.pactum.core.error.PactumException e) {
            json.error(CoreError.JSON_BAD_VALUE, "not a valid " + type.name().toLowerCase(java.util.Locale.ROOT)
                    + ": " + e.getMessage());
            return null;
        }
    }

    /** A record of a list: its known fields; the JSON kit reports any other property as unknown. */
    private static Map<String, VariableValue> row(JsonObjectReader o, List<VariableDefinition> fields) {
        Map<String, VariableValue> out = new LinkedHashMap<>();
        for (VariableDefinition f : fields) {
            if (o.has(f.name())) {
                JsonValueReader json = o.value(f.name());
                VariableValue v = json == null ? null : value(json, f);
                if (v != null) {
                    out.put(f.name(), v);
                }
            }
        }
        return out;
    }

    private static VariableType guess(JsonValueReader.Type shape) {
        switch (shape) {
            case NUMBER:
                return VariableType.DECIMAL;
            case BOOLEAN:
                return VariableType.BOOLEAN;
            case ARRAY:
                return VariableType.LIST;
            case OBJECT:
                return VariableType.PARTY;
            default:
                return VariableType.STRING;
        }
    }
}
