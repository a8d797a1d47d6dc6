package io.pactum.rules.risk;

import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.ValidationException;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.json.JsonValueReader;
import io.pactum.core.money.Money;
import io.pactum.rules.condition.Condition;
import io.pactum.rules.condition.ConditionJson;
import io.pactum.rules.condition.FieldCatalog;
import io.pactum.rules.condition.ValueType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link RiskProfiles} from JSON, strictly: unknown properties, missing values, values out of
 * range and custom conditions that name unknown fields are all reported at once, each at its JSON
 * pointer, as one {@link ValidationException}.
 *
 * <pre>{@code
 * {"currency": "CNY", "zone": "Asia/Shanghai",
 *  "attributes": {"tier": "TEXT"},
 *  "concentration": {"maxSharePercent": 25, "severity": "HIGH"},
 *  "default": {"expiry": {"days": 30, "severity": "MEDIUM"}, ...},
 *  "types": {"purchase": {"budget": {"reachedPercent": 80, "reached": "MEDIUM", "exceeded": "HIGH"}, ...}}}
 * }</pre>
 *
 * <p>A profile property left out turns its rule off; a type's profile is complete on its own (it
 * does not inherit from {@code default}). Stateless and thread-safe.
 */
public final class RiskProfileJson {

    private RiskProfileJson() {
    }

    /**
     * Reads risk profiles.
     *
     * @param json the JSON text
     * @return the profiles
     * @throws ValidationException with every problem and its JSON pointer
     */
    public static RiskProfiles parse(String json) {
        return JsonInput.standard().read("risk profiles", json, RiskProfileJson::readProfiles);
    }

    private static @Nullable RiskProfiles readProfiles(JsonObjectReader r) {
        String currencyCode = r.string("currency");
        Currency currency = currencyCode == null ? null : r.build("currency", () -> Money.currency(currencyCode));
        String zoneName = r.string("zone");
        ZoneId zone = null;
        if (zoneName != null) {
            try {
                zone = ZoneId.of(zoneName);
            } catch (DateTimeException e) {
                r.error("zone", CoreError.JSON_BAD_VALUE, "unknown time zone \"" + abbreviate(zoneName) + "\"");
            }
        }
        FieldCatalog declared = readCatalog(r);
        // with broken attributes, go on with the standard fields so the profiles' own problems show too
        FieldCatalog catalog = declared == null ? FieldCatalog.standard() : declared;
        Currency ruleCurrency = currency == null ? Currency.getInstance("CNY") : currency;
        RiskProfiles.Concentration concentration = null;
        JsonObjectReader c = r.optObject("concentration");
        if (c != null) {
            BigDecimal share = c.decimal("maxSharePercent");
            Severity severity = c.enumValue("severity", Severity.class);
            concentration = share == null || severity == null ? null
                    : c.build(() -> new RiskProfiles.Concentration(share, severity));
        }
        JsonObjectReader d = r.object("default");
        RiskProfile defaultProfile = d == null ? null : readProfile(d, catalog, ruleCurrency);
        Map<ContractTypeId, RiskProfile> byType = new LinkedHashMap<>();
        boolean typesOk = true;
        for (Map.Entry<String, JsonValueReader> e : r.map("types").entrySet()) {
            JsonObjectReader t = e.getValue().asObject();
            ContractTypeId type = r.build("types", () -> ContractTypeId.of(e.getKey()));
            RiskProfile p = t == null ? null : readProfile(t, catalog, ruleCurrency);
            if (type == null || p == null) {
                typesOk = false;
            } else {
                byType.put(type, p);
            }
        }
        if (currency == null || zone == null || declared == null || defaultProfile == null || !typesOk
                || (c != null && concentration == null)) {
            return null;
        }
        ZoneId z = zone;
        RiskProfile dp = defaultProfile;
        RiskProfiles.Concentration conc = concentration;
        return r.build(() -> new RiskProfiles(currency, z, dp, byType, conc));
    }

    private static @Nullable FieldCatalog readCatalog(JsonObjectReader r) {
        Map<String, JsonValueReader> attributes = r.map("attributes");
        Map<String, ValueType> types = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonValueReader> e : attributes.entrySet()) {
            String name = e.getValue().asString();
            ValueType t = null;
            if (name != null) {
                try {
                    t = ValueType.valueOf(name);
                } catch (IllegalArgumentException ex) {
                    e.getValue().error(CoreError.JSON_BAD_VALUE, "unknown attribute type \"" + abbreviate(name)
                            + "\"; use TEXT, NUMBER, DATE or BOOLEAN");
                }
            }
            if (t == null) {
                ok = false;
            } else {
                types.put(e.getKey(), t);
            }
        }
        FieldCatalog catalog = r.build("attributes", () -> FieldCatalog.withAttributes(types));
        return ok ? catalog : null;
    }

    private static @Nullable RiskProfile readProfile(JsonObjectReader p, FieldCatalog catalog, Currency currency) {
        boolean[] ok = {true};
        RiskProfile.Days expiry = days(p, "expiry", ok);
        RiskProfile.Days cancelBy = days(p, "cancelBy", ok);
        RiskProfile.Days autoRenewal = days(p, "autoRenewal", ok);
        RiskProfile.Days obligationOverdue = days(p, "obligationOverdue", ok);
        RiskProfile.Aging aging = null;
        JsonObjectReader a = p.optObject("paymentOverdue");
        if (a != null) {
            Severity s1 = a.enumValue("days1to30", Severity.class);
            Severity s2 = a.enumValue("days31to60", Severity.class);
            Severity s3 = a.enumValue("days61to90", Severity.class);
            Severity s4 = a.enumValue("over90", Severity.class);
            aging = s1 == null || s2 == null || s3 == null || s4 == null ? null
                    : a.build(() -> new RiskProfile.Aging(s1, s2, s3, s4));
            ok[0] &= aging != null;
        }
        RiskProfile.Budget budget = null;
        JsonObjectReader b = p.optObject("budget");
        if (b != null) {
            BigDecimal percent = b.decimal("reachedPercent");
            Severity reached = b.enumValue("reached", Severity.class);
            Severity exceeded = b.enumValue("exceeded", Severity.class);
            budget = percent == null || reached == null || exceeded == null ? null
                    : b.build(() -> new RiskProfile.Budget(percent, reached, exceeded));
            ok[0] &= budget != null;
        }
        RiskProfile.Days deliveryLate = days(p, "deliveryLate", ok);
        RiskProfile.Flag deviation = flag(p, "clauseDeviation", ok);
        RiskProfile.Flag missing = flag(p, "mandatoryMissing", ok);
        RiskProfile.Days approvalSla = days(p, "approvalSla", ok);
        RiskProfile.Days signature = days(p, "signaturePending", ok);
        RiskProfile.Churn churn = null;
        JsonObjectReader ch = p.optObject("amendmentChurn");
        if (ch != null) {
            Long max = ch.integer("maxAmendments", 0, 1000);
            Long period = ch.integer("periodDays", 1, 3650);
            Severity s = ch.enumValue("severity", Severity.class);
            churn = max == null || period == null || s == null ? null
                    : ch.build(() -> new RiskProfile.Churn(max.intValue(), period.intValue(), s));
            ok[0] &= churn != null;
        }
        List<CustomRiskRule> custom = new ArrayList<>();
        for (JsonObjectReader cr : p.optObjects("custom")) {
            CustomRiskRule rule = custom(cr, catalog, currency);
            if (rule == null) {
                ok[0] = false;
            } else {
                custom.add(rule);
            }
        }
        if (!ok[0]) {
            return null;
        }
        RiskProfile.Days e = expiry;
        RiskProfile.Aging ag = aging;
        RiskProfile.Budget bu = budget;
        RiskProfile.Churn chu = churn;
        return p.build(() -> new RiskProfile(e, cancelBy, autoRenewal, obligationOverdue, ag, bu, deliveryLate,
                deviation, missing, approvalSla, signature, chu, custom));
    }

    private static @Nullable CustomRiskRule custom(JsonObjectReader r, FieldCatalog catalog, Currency currency) {
        String id = r.string("id");
        Severity severity = r.enumValue("severity", Severity.class);
        JsonObjectReader when = r.object("when");
        Condition condition = when == null ? null : ConditionJson.read(when, catalog);
        JsonObjectReader message = r.object("message");
        String en = message == null ? null : message.string("en");
        String zh = message == null ? null : message.string("zh-CN");
        if (id == null || severity == null || condition == null || en == null || zh == null) {
            return null;
        }
        return r.build(() -> CustomRiskRule.of(id, severity, condition, catalog, currency, en, zh));
    }

    private static RiskProfile.@Nullable Days days(JsonObjectReader p, String name, boolean[] ok) {
        JsonObjectReader d = p.optObject(name);
        if (d == null) {
            return null;
        }
        Long days = d.integer("days", 0, 3650);
        Severity s = d.enumValue("severity", Severity.class);
        RiskProfile.Days out = days == null || s == null ? null
                : d.build(() -> new RiskProfile.Days(days.intValue(), s));
        ok[0] &= out != null;
        return out;
    }

    private static RiskProfile.@Nullable Flag flag(JsonObjectReader p, String name, boolean[] ok) {
        JsonObjectReader d = p.optObject(name);
        if (d == null) {
            return null;
        }
        Severity s = d.enumValue("severity", Severity.class);
        ok[0] &= s != null;
        return s == null ? null : new RiskProfile.Flag(s);
    }

    private static String abbreviate(String s) {
        Objects.requireNonNull(s);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
