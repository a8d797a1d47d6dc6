package io.pactum.core.template;

import io.pactum.core.error.PactumException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The definition of one template variable.
 *
 * @param name the name used in templates: a letter, then letters, digits or {@code _}, at most 64
 * @param type the type
 * @param required whether composition fails without a value
 * @param label a human label for forms, may be empty
 * @param allowed for {@link VariableType#ENUM}: the allowed texts, at least one; empty otherwise
 * @param fields for {@link VariableType#LIST}: the fields of each record, at least one; empty otherwise
 */
public record VariableDefinition(String name, VariableType type, boolean required, String label,
        List<String> allowed, List<VariableDefinition> fields) {

    /** Checks the name and that enum and list definitions are complete. */
    public VariableDefinition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        allowed = List.copyOf(allowed);
        fields = List.copyOf(fields);
        checkName(name);
        if (type == VariableType.ENUM && allowed.isEmpty()) {
            throw new PactumException(TemplateError.BAD_SCHEMA, "allowed", "enum variable " + name + " lists no values");
        }
        if (type != VariableType.ENUM && !allowed.isEmpty()) {
            throw new PactumException(TemplateError.BAD_SCHEMA, "allowed", "only enum variables list allowed values");
        }
        if (type == VariableType.LIST && fields.isEmpty()) {
            throw new PactumException(TemplateError.BAD_SCHEMA, "fields", "list variable " + name + " has no fields");
        }
        if (type != VariableType.LIST && !fields.isEmpty()) {
            throw new PactumException(TemplateError.BAD_SCHEMA, "fields", "only list variables have fields");
        }
        Set<String> names = new HashSet<>();
        for (VariableDefinition f : fields) {
            if (!names.add(f.name())) {
                throw new PactumException(TemplateError.BAD_SCHEMA, "fields", "duplicate field " + f.name() + " in " + name);
            }
        }
    }

    /** A required variable of a simple type. */
    public static VariableDefinition required(String name, VariableType type) {
        return new VariableDefinition(name, type, true, "", List.of(), List.of());
    }

    /** An optional variable of a simple type. */
    public static VariableDefinition optional(String name, VariableType type) {
        return new VariableDefinition(name, type, false, "", List.of(), List.of());
    }

    /** A required enum variable. */
    public static VariableDefinition oneOf(String name, List<String> allowed) {
        return new VariableDefinition(name, VariableType.ENUM, true, "", allowed, List.of());
    }

    /** A required list of records with these fields. */
    public static VariableDefinition listOf(String name, List<VariableDefinition> fields) {
        return new VariableDefinition(name, VariableType.LIST, true, "", List.of(), fields);
    }

    /** The field of a list definition with this name. */
    public Optional<VariableDefinition> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        boolean ok = !name.isEmpty() && name.length() <= 64 && Character.isLetter(name.charAt(0))
                && name.charAt(0) < 128;
        for (int i = 1; ok && i < name.length(); i++) {
            char c = name.charAt(i);
            ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        if (!ok) {
            throw new PactumException(TemplateError.BAD_SCHEMA, "name",
                    "variable name must be an ASCII letter then letters, digits or _ (at most 64), got \"" + name + "\"");
        }
    }
}
