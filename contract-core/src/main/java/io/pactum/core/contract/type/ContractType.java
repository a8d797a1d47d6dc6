package io.pactum.core.contract.type;

import io.pactum.core.contract.AttributeValue;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.Direction;
import io.pactum.core.contract.PartyId;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import io.pactum.core.error.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A kind of contract, as data: its custom fields, the ids of the default template, approval
 * policy, risk profile and reminder policy it uses, and its numbering pattern. Adding a business
 * line means adding a JSON file (see {@code io.pactum.core.codec.ContractTypeJson}), not code.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the type's id, for example {@code service}
 * @param name a human name
 * @param defaultDirection the usual direction of contracts of this type, if any
 * @param fields the custom fields, names unique
 * @param defaultTemplateId the default template's id, if any
 * @param approvalPolicyId the approval policy's id, if any
 * @param riskProfileId the risk profile's id, if any
 * @param reminderPolicyId the reminder policy's id, if any
 * @param numbering the numbering pattern
 */
public record ContractType(
        ContractTypeId id,
        String name,
        @Nullable Direction defaultDirection,
        List<FieldDefinition> fields,
        @Nullable String defaultTemplateId,
        @Nullable String approvalPolicyId,
        @Nullable String riskProfileId,
        @Nullable String reminderPolicyId,
        NumberingPattern numbering) {

    /**
     * Checks presence and that field names are unique.
     *
     * @throws PactumException {@link CoreError#DUPLICATE} naming the repeated field
     */
    public ContractType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(numbering, "numbering");
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!names.add(fields.get(i).name())) {
                throw new PactumException(CoreError.DUPLICATE, "fields[" + i + "].name",
                        "field \"" + fields.get(i).name() + "\" is defined twice");
            }
        }
        if (name.isBlank() || name.length() > 200) {
            throw new PactumException(CoreError.OUT_OF_RANGE, "name", "name must be 1 to 200 characters and not blank");
        }
    }

    /** The definition of a field. */
    public Optional<FieldDefinition> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /**
     * Checks custom field values against this type's definitions and reports every problem: unknown
     * fields, required fields missing, values of the wrong type or out of bounds, references to
     * parties the contract does not have.
     *
     * @param values the custom field values, by name
     * @param partyIds the ids of the contract's parties, for {@link FieldType#PARTY_REFERENCE}
     * @param basePath the path prefix of the values in reports, for example {@code /customFields}
     * @return the violations, empty when all is well
     */
    public List<Violation> check(Map<String, AttributeValue> values, Set<PartyId> partyIds, String basePath) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(partyIds, "partyIds");
        Objects.requireNonNull(basePath, "basePath");
        List<Violation> violations = new ArrayList<>();
        Map<String, FieldDefinition> byName = new LinkedHashMap<>();
        for (FieldDefinition f : fields) {
            byName.put(f.name(), f);
        }
        for (Map.Entry<String, AttributeValue> e : values.entrySet()) {
            FieldDefinition definition = byName.get(e.getKey());
            String path = basePath + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
            if (definition == null) {
                violations.add(new Violation(path, CoreError.UNKNOWN_FIELD,
                        "contract type " + id + " defines no field \"" + abbreviate(e.getKey()) + "\""));
            } else {
                CustomFieldCheck.check(definition, e.getValue(), partyIds, path).ifPresent(violations::add);
            }
        }
        for (FieldDefinition f : fields) {
            if (f.required() && !values.containsKey(f.name())) {
                violations.add(new Violation(basePath + "/" + f.name(), CoreError.REQUIRED,
                        "field \"" + f.name() + "\" is required by contract type " + id));
            }
        }
        return violations;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
