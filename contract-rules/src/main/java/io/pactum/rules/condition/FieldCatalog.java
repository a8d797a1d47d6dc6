package io.pactum.rules.condition;

import io.pactum.core.error.PactumException;
import io.pactum.rules.RuleError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The field paths a condition may name, with their types: the standard contract facts and the
 * custom attributes a policy declares ({@code attributes.<name>}). A path not in the catalog is
 * an error when a condition is read or compiled, so a typo never silently matches nothing.
 *
 * <p>Standard fields: {@code type}, {@code direction}, {@code amount}, {@code riskLevel},
 * {@code department}, {@code region}, {@code counterparty}, {@code owner}, {@code submitter},
 * {@code budgetCeiling}, {@code overBudget} (amount above the budget ceiling, both in the policy's
 * currency), {@code deviation.fallback}, {@code deviation.edited}, {@code deviation.missingMandatory}
 * (sets of clause categories), {@code deviation.extraApproval} and {@code deviation.any} (flags).
 *
 * <p>Immutable and thread-safe.
 */
public final class FieldCatalog {

    /** The prefix of custom attribute paths. */
    public static final String ATTRIBUTES = "attributes.";

    private static final Map<String, ValueType> STANDARD;

    static {
        Map<String, ValueType> m = new LinkedHashMap<>();
        m.put("type", ValueType.TEXT);
        m.put("direction", ValueType.DIRECTION);
        m.put("amount", ValueType.MONEY);
        m.put("riskLevel", ValueType.RISK_LEVEL);
        m.put("department", ValueType.TEXT);
        m.put("region", ValueType.TEXT);
        m.put("counterparty", ValueType.TEXT);
        m.put("owner", ValueType.TEXT);
        m.put("submitter", ValueType.TEXT);
        m.put("budgetCeiling", ValueType.MONEY);
        m.put("overBudget", ValueType.BOOLEAN);
        m.put("deviation.fallback", ValueType.TEXT_SET);
        m.put("deviation.edited", ValueType.TEXT_SET);
        m.put("deviation.missingMandatory", ValueType.TEXT_SET);
        m.put("deviation.extraApproval", ValueType.BOOLEAN);
        m.put("deviation.any", ValueType.BOOLEAN);
        STANDARD = Collections.unmodifiableMap(m);
    }

    private static final FieldCatalog STANDARD_CATALOG = new FieldCatalog(Map.of());

    private final Map<String, ValueType> attributes;

    private FieldCatalog(Map<String, ValueType> attributes) {
        this.attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }

    /** The standard fields, without custom attributes. */
    public static FieldCatalog standard() {
        return STANDARD_CATALOG;
    }

    /**
     * The standard fields plus declared custom attributes.
     *
     * @param attributes attribute names (without the {@code attributes.} prefix) and their types
     * @throws PactumException {@link RuleError#BAD_ATTRIBUTE} for a blank name or a type that
     *     attributes cannot have (money, direction, risk level, sets)
     */
    public static FieldCatalog withAttributes(Map<String, ValueType> attributes) {
        Objects.requireNonNull(attributes, "attributes");
        for (Map.Entry<String, ValueType> e : attributes.entrySet()) {
            if (e.getKey().isBlank() || e.getKey().length() > 64) {
                throw new PactumException(RuleError.BAD_ATTRIBUTE, "attributes",
                        "attribute names are 1 to 64 characters");
            }
            ValueType t = e.getValue();
            if (t != ValueType.TEXT && t != ValueType.NUMBER && t != ValueType.DATE && t != ValueType.BOOLEAN) {
                throw new PactumException(RuleError.BAD_ATTRIBUTE, "attributes." + e.getKey(),
                        "custom attributes are TEXT, NUMBER, DATE or BOOLEAN, not " + t);
            }
        }
        return new FieldCatalog(attributes);
    }

    /** The type of a field path, if the catalog knows it. */
    public Optional<ValueType> typeOf(String path) {
        ValueType t = STANDARD.get(path);
        if (t != null) {
            return Optional.of(t);
        }
        if (path.startsWith(ATTRIBUTES)) {
            return Optional.ofNullable(attributes.get(path.substring(ATTRIBUTES.length())));
        }
        return Optional.empty();
    }

    /** The declared custom attributes and their types, sorted by name. */
    public Map<String, ValueType> attributes() {
        return attributes;
    }

    /** Every known path, standard fields first, for error messages. */
    public String describePaths() {
        StringBuilder sb = new StringBuilder(String.join(", ", STANDARD.keySet()));
        for (String a : attributes.keySet()) {
            sb.append(", ").append(ATTRIBUTES).append(a);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldCatalog && ((FieldCatalog) o).attributes.equals(attributes);
    }

    @Override
    public int hashCode() {
        return attributes.hashCode();
    }

    @Override
    public String toString() {
        return "FieldCatalog" + attributes;
    }
}
