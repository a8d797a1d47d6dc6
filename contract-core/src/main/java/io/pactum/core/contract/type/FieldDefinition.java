package io.pactum.core.contract.type;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The definition of one custom field of a contract type: its name, type, whether it is required,
 * and its bounds. Bounds are plain values: there are deliberately no user-supplied regular
 * expressions (a pattern from a data file is a denial-of-service risk and hard to explain to the
 * person filling the field).
 *
 * @param name the field name: a letter, then up to 63 letters, digits or underscores
 * @param type the field type
 * @param required whether a contract of this type must have a value
 * @param label a human label, if any
 * @param min the smallest allowed number or amount ({@link FieldType#INTEGER}, {@link FieldType#DECIMAL},
 *     {@link FieldType#MONEY} only)
 * @param max the largest allowed number or amount (same types)
 * @param maxLength the longest allowed text ({@link FieldType#STRING}, {@link FieldType#TEXT} only)
 * @param allowedValues the allowed constants, non-empty for {@link FieldType#ENUM} and empty otherwise
 * @param currency the required currency ({@link FieldType#MONEY} only), if any
 */
public record FieldDefinition(
        String name,
        FieldType type,
        boolean required,
        @Nullable String label,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max,
        @Nullable Integer maxLength,
        List<String> allowedValues,
        @Nullable Currency currency) {

    /** The default {@link #maxLength} of a {@link FieldType#STRING}. */
    public static final int DEFAULT_STRING_LENGTH = 200;
    /** The default {@link #maxLength} of a {@link FieldType#TEXT}. */
    public static final int DEFAULT_TEXT_LENGTH = 10_000;

    /**
     * Checks that the definition is consistent.
     *
     * @throws PactumException {@link CoreError#BAD_FIELD_DEFINITION} naming the inconsistent part
     */
    public FieldDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        allowedValues = List.copyOf(Objects.requireNonNull(allowedValues, "allowedValues"));
        if (!isFieldName(name)) {
            throw bad("name", "field name \"" + name + "\" must be a letter followed by up to 63 letters, digits or _");
        }
        boolean numeric = type == FieldType.INTEGER || type == FieldType.DECIMAL || type == FieldType.MONEY;
        if ((min != null || max != null) && !numeric) {
            throw bad("min", "min/max apply only to INTEGER, DECIMAL and MONEY fields, not " + type);
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw bad("min", "min " + min.toPlainString() + " is greater than max " + max.toPlainString());
        }
        boolean textual = type == FieldType.STRING || type == FieldType.TEXT;
        if (maxLength != null && !textual) {
            throw bad("maxLength", "maxLength applies only to STRING and TEXT fields, not " + type);
        }
        if (maxLength != null && (maxLength < 1 || maxLength > 1_000_000)) {
            throw bad("maxLength", "maxLength must be 1 to 1000000, got " + maxLength);
        }
        if (type == FieldType.ENUM && allowedValues.isEmpty()) {
            throw bad("allowedValues", "an ENUM field needs at least one allowed value");
        }
        if (type != FieldType.ENUM && !allowedValues.isEmpty()) {
            throw bad("allowedValues", "allowedValues apply only to ENUM fields, not " + type);
        }
        if (new HashSet<>(allowedValues).size() != allowedValues.size()) {
            throw bad("allowedValues", "allowedValues has duplicates");
        }
        if (currency != null && type != FieldType.MONEY) {
            throw bad("currency", "currency applies only to MONEY fields, not " + type);
        }
        if (type == FieldType.INTEGER && ((min != null && min.stripTrailingZeros().scale() > 0)
                || (max != null && max.stripTrailingZeros().scale() > 0))) {
            throw bad("min", "bounds of an INTEGER field must be whole numbers");
        }
    }

    /** A field with no bounds. */
    public static FieldDefinition of(String name, FieldType type, boolean required) {
        return new FieldDefinition(name, type, required, null, null, null, null, List.of(), null);
    }

    /** An ENUM field. */
    public static FieldDefinition enumeration(String name, boolean required, List<String> allowedValues) {
        return new FieldDefinition(name, FieldType.ENUM, required, null, null, null, null, allowedValues, null);
    }

    /** The longest text allowed: {@link #maxLength} or the type's default. */
    public int effectiveMaxLength() {
        if (maxLength != null) {
            return maxLength;
        }
        return type == FieldType.TEXT ? DEFAULT_TEXT_LENGTH : DEFAULT_STRING_LENGTH;
    }

    /** Whether a text is a valid field name. */
    public static boolean isFieldName(String text) {
        if (text.isEmpty() || text.length() > 64 || !isLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static PactumException bad(String part, String message) {
        return new PactumException(CoreError.BAD_FIELD_DEFINITION, part, message);
    }
}
