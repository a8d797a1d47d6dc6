package io.pactum.core.codec;

import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.Direction;
import io.pactum.core.contract.type.ContractType;
import io.pactum.core.contract.type.FieldDefinition;
import io.pactum.core.contract.type.FieldType;
import io.pactum.core.contract.type.NumberingPattern;
import io.pactum.core.error.ValidationException;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.json.JsonObjectWriter;
import io.pactum.core.json.JsonOutput;
import io.pactum.core.money.Money;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a {@link ContractType}: adding a business line means adding one such file.
 *
 * <pre>{@code
 * {
 *   "id": "service", "name": "Service contract", "defaultDirection": "SELL_SIDE",
 *   "numbering": "SC-{yyyy}-{seq:6}",
 *   "defaultTemplateId": "service-zh", "approvalPolicyId": "standard",
 *   "riskProfileId": "service", "reminderPolicyId": "standard",
 *   "fields": [
 *     {"name": "projectCode", "type": "STRING", "required": true, "maxLength": 32},
 *     {"name": "warrantyMonths", "type": "INTEGER", "min": 0, "max": 60},
 *     {"name": "tier", "type": "ENUM", "allowedValues": ["GOLD", "SILVER"]},
 *     {"name": "liabilityCap", "type": "MONEY", "currency": "CNY", "min": 0}
 *   ]
 * }
 * }</pre>
 *
 * <p>Thread-safe: all methods are stateless.
 */
public final class ContractTypeJson {

    private ContractTypeJson() {
    }

    /**
     * Reads a contract type.
     *
     * @throws ValidationException with every problem found, each with its JSON pointer
     */
    public static ContractType read(String json) {
        return JsonInput.standard().read("contract type", json, ContractTypeJson::read);
    }

    /** Reads a contract type from a stream, which is not closed. */
    public static ContractType read(InputStream json) {
        return JsonInput.standard().read("contract type", json, ContractTypeJson::read);
    }

    /** Writes a contract type as indented JSON. */
    public static String write(ContractType type) {
        Objects.requireNonNull(type, "type");
        return JsonOutput.pretty().write(w -> write(w, type));
    }

    /** Maps a JSON object to a contract type. */
    public static @Nullable ContractType read(JsonObjectReader o) {
        String idText = o.string("id");
        ContractTypeId id = idText == null ? null : o.build("id", () -> ContractTypeId.of(idText));
        String name = o.string("name");
        Direction direction = o.has("defaultDirection") ? o.enumValue("defaultDirection", Direction.class) : null;
        String patternText = o.string("numbering");
        NumberingPattern numbering = patternText == null ? null
                : o.build("numbering", () -> NumberingPattern.parse(patternText));
        List<FieldDefinition> fields = new ArrayList<>();
        for (JsonObjectReader f : o.optObjects("fields")) {
            FieldDefinition field = field(f);
            if (field != null) {
                fields.add(field);
            }
        }
        String template = o.optString("defaultTemplateId");
        String approval = o.optString("approvalPolicyId");
        String risk = o.optString("riskProfileId");
        String reminder = o.optString("reminderPolicyId");
        return o.build(() -> new ContractType(id, name, direction, fields, template, approval, risk, reminder, numbering));
    }

    /** Writes a contract type's properties into an object. */
    public static void write(JsonObjectWriter w, ContractType t) {
        w.string("id", t.id().value()).string("name", t.name());
        if (t.defaultDirection() != null) {
            w.enumValue("defaultDirection", t.defaultDirection());
        }
        w.string("numbering", t.numbering().pattern())
                .optString("defaultTemplateId", t.defaultTemplateId())
                .optString("approvalPolicyId", t.approvalPolicyId())
                .optString("riskProfileId", t.riskProfileId())
                .optString("reminderPolicyId", t.reminderPolicyId())
                .objects("fields", t.fields(), ContractTypeJson::writeField);
    }

    private static void writeField(JsonObjectWriter w, FieldDefinition f) {
        w.string("name", f.name()).enumValue("type", f.type()).bool("required", f.required())
                .optString("label", f.label()).optDecimal("min", f.min()).optDecimal("max", f.max());
        if (f.maxLength() != null) {
            w.integer("maxLength", f.maxLength());
        }
        if (!f.allowedValues().isEmpty()) {
            w.strings("allowedValues", f.allowedValues());
        }
        if (f.currency() != null) {
            w.string("currency", f.currency().getCurrencyCode());
        }
    }

    private static @Nullable FieldDefinition field(JsonObjectReader f) {
        String name = f.string("name");
        FieldType type = f.enumValue("type", FieldType.class);
        boolean required = f.bool("required", false);
        String label = f.optString("label");
        BigDecimal min = f.optDecimal("min");
        BigDecimal max = f.optDecimal("max");
        Long maxLength = f.optInteger("maxLength", 1, 1_000_000);
        List<String> allowed = f.strings("allowedValues");
        String currencyCode = f.optString("currency");
        Currency currency = currencyCode == null ? null : f.build("currency", () -> Money.currency(currencyCode));
        return f.build(() -> new FieldDefinition(name, type, required, label, min, max,
                maxLength == null ? null : maxLength.intValue(), allowed, currency));
    }
}
