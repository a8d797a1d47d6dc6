package io.pactum.core.template;

import io.pactum.core.error.PactumException;
import io.pactum.core.error.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The typed variables of a template version. Immutable and thread-safe.
 *
 * @param variables the definitions, names unique, in form order
 */
public record VariableSchema(List<VariableDefinition> variables) {

    /** Copies the list and checks that names are unique. */
    public VariableSchema {
        variables = List.copyOf(variables);
        Map<String, VariableDefinition> seen = new LinkedHashMap<>();
        for (VariableDefinition d : variables) {
            if (seen.put(d.name(), d) != null) {
                throw new PactumException(TemplateError.BAD_SCHEMA, "variables", "duplicate variable " + d.name());
            }
        }
        for (VariableDefinition d : variables) {
            for (VariableDefinition f : d.fields()) {
                if (seen.containsKey(f.name())) {
                    // A record field named like a variable would make {{name}} inside {{#each}} ambiguous.
                    throw new PactumException(TemplateError.BAD_SCHEMA, "variables",
                            "field " + d.name() + "." + f.name() + " has the name of a variable");
                }
            }
        }
    }

    /** A schema of these definitions. */
    public static VariableSchema of(VariableDefinition... variables) {
        return new VariableSchema(List.of(variables));
    }

    /** The definition of a variable. */
    public Optional<VariableDefinition> find(String name) {
        for (VariableDefinition d : variables) {
            if (d.name().equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Checks values against this schema and returns <em>every</em> problem: values for unknown
     * variables, values of the wrong type, missing required values, enum values not allowed, and
     * the same inside each record of a list, with paths such as {@code lineItems[2].quantity}
     * (record indexes from 0).
     *
     * @return the violations, empty when the values fit
     */
    public List<Violation> check(VariableValues values) {
        List<Violation> out = new ArrayList<>();
        checkRecord("", false, variables, values.values(), out);
        return out;
    }

    // Paths are built only when a violation is recorded: a valid assignment makes no strings.
    private static void checkRecord(String prefix, boolean inRecord, List<VariableDefinition> defs,
            Map<String, VariableValue> values, List<Violation> out) {
        for (VariableDefinition d : defs) {
            checkOne(prefix, d, values.get(d.name()), out);
        }
        if (values.size() <= defs.size() && allDefined(defs, values)) {
            return;
        }
        for (String name : new TreeSet<>(values.keySet())) {
            if (defs.stream().noneMatch(d -> d.name().equals(name))) {
                out.add(new Violation(prefix + name, TemplateError.UNKNOWN_VARIABLE,
                        "no variable \"" + name + "\" is defined" + (inRecord ? " for these records" : "")));
            }
        }
    }

    private static void checkOne(String prefix, VariableDefinition d, VariableValue value, List<Violation> out) {
        if (value == null) {
            if (d.required()) {
                out.add(new Violation(prefix + d.name(), TemplateError.MISSING_VALUE, "a value of type "
                        + d.type().name().toLowerCase(java.util.Locale.ROOT) + " is required"));
            }
            return;
        }
        if (!value.fits(d.type())) {
            out.add(new Violation(prefix + d.name(), TemplateError.TYPE_MISMATCH, "expected "
                    + d.type().name().toLowerCase(java.util.Locale.ROOT) + ", got " + value.kind()));
            return;
        }
        if (value instanceof VariableValue.Text) {
            String text = ((VariableValue.Text) value).value();
            if (d.type() == VariableType.STRING && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
                out.add(new Violation(prefix + d.name(), TemplateError.TYPE_MISMATCH,
                        "a string is one line; use a text variable"));
            }
            if (d.type() == VariableType.ENUM && !d.allowed().contains(text)) {
                out.add(new Violation(prefix + d.name(), TemplateError.VALUE_NOT_ALLOWED,
                        "\"" + abbreviate(text) + "\" is not one of " + d.allowed()));
            }
        } else if (value instanceof VariableValue.Rows) {
            List<Map<String, VariableValue>> rows = ((VariableValue.Rows) value).rows();
            List<Violation> rowProblems = new ArrayList<>(0);
            for (int i = 0; i < rows.size(); i++) {
                checkRecord("", true, d.fields(), rows.get(i), rowProblems);
                if (!rowProblems.isEmpty()) {
                    String rowPath = prefix + d.name() + "[" + i + "].";
                    for (Violation v : rowProblems) {
                        out.add(new Violation(rowPath + v.path(), v.code(), v.message()));
                    }
                    rowProblems.clear();
                }
            }
        }
    }

    /** Whether every value has a definition; the common case, checked without sorting. */
    private static boolean allDefined(List<VariableDefinition> defs, Map<String, VariableValue> values) {
        int defined = 0;
        for (VariableDefinition d : defs) {
            if (values.containsKey(d.name())) {
                defined++;
            }
        }
        return defined == values.size();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
