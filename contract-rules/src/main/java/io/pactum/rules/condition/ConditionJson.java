package io.pactum.rules.condition;

import io.pactum.core.error.ValidationException;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.json.JsonValueReader;
import io.pactum.rules.RuleError;
import io.pactum.rules.facts.AttributeValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads conditions from their JSON form, checking every field path, operator and value against a
 * {@link FieldCatalog} and reporting each problem at its JSON pointer.
 *
 * <pre>{@code
 * {"and": [ {"field": "type", "op": "in", "values": ["purchase", "service"]},
 *           {"field": "amount", "op": "between", "from": "1000000", "to": "10000000"},
 *           {"not": {"field": "deviation.edited", "op": "contains", "value": "liability"}} ]}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ConditionJson {

    private ConditionJson() {
    }

    /**
     * Reads a condition document.
     *
     * @param json the JSON text
     * @param catalog the fields that may be named
     * @return the condition
     * @throws ValidationException with every problem and its JSON pointer
     */
    public static Condition parse(String json, FieldCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return JsonInput.standard().read("condition", json, r -> read(r, catalog));
    }

    /**
     * Reads a condition object inside a larger document (an approval rule's {@code when}).
     *
     * @param r the condition object
     * @param catalog the fields that may be named
     * @return the condition, or {@code null} after recording problems
     */
    public static @Nullable Condition read(JsonObjectReader r, FieldCatalog catalog) {
        boolean and = r.has("and");
        boolean or = r.has("or");
        boolean not = r.has("not");
        boolean field = r.has("field");
        int shapes = (and ? 1 : 0) + (or ? 1 : 0) + (not ? 1 : 0) + (field ? 1 : 0);
        if (shapes != 1) {
            r.error("", RuleError.CONDITION_SHAPE, shapes == 0
                    ? "a condition needs one of \"and\", \"or\", \"not\" or \"field\""
                    : "a condition has exactly one of \"and\", \"or\", \"not\" or \"field\", not " + shapes);
            return null;
        }
        if (and || or) {
            String name = and ? "and" : "or";
            List<JsonObjectReader> items = r.objects(name);
            if (items.isEmpty()) {
                r.error(name, RuleError.EMPTY_GROUP, "\"" + name + "\" needs at least one condition");
                return null;
            }
            List<@Nullable Condition> parts = items.stream().map(i -> read(i, catalog)).collect(Collectors.toList());
            if (parts.contains(null)) {
                return null;
            }
            List<Condition> checked = new ArrayList<>();
            parts.forEach(p -> checked.add(Objects.requireNonNull(p)));
            return and ? new Condition.And(checked) : new Condition.Or(checked);
        }
        if (not) {
            JsonObjectReader inner = r.object("not");
            Condition c = inner == null ? null : read(inner, catalog);
            return c == null ? null : new Condition.Not(c);
        }
        return readTest(r, catalog);
    }

    private static @Nullable Condition readTest(JsonObjectReader r, FieldCatalog catalog) {
        String field = r.string("field");
        String opName = r.string("op");
        if (field == null || opName == null) {
            r.ignore("value", "values", "from", "to");
            return null;
        }
        Optional<ValueType> type = catalog.typeOf(field);
        if (type.isEmpty()) {
            r.error("field", RuleError.UNKNOWN_FIELD, "unknown field path \"" + TestCheck.abbreviate(field)
                    + "\"; known: " + catalog.describePaths());
            r.ignore("value", "values", "from", "to");
            return null;
        }
        Optional<Operator> op = Operator.byJsonName(opName);
        if (op.isEmpty() || !type.get().supports(op.get())) {
            r.error("op", RuleError.OPERATOR_NOT_APPLICABLE, "operator \"" + TestCheck.abbreviate(opName)
                    + "\" does not apply to " + field + " (" + type.get() + "); use one of "
                    + type.get().operators().stream().map(Operator::jsonName).collect(Collectors.joining(", ")));
            r.ignore("value", "values", "from", "to");
            return null;
        }
        ValueType vt = type.get();
        List<@Nullable AttributeValue> values = new ArrayList<>();
        switch (op.get()) {
            case PRESENT:
                break;
            case IN:
                for (JsonValueReader v : r.values("values")) {
                    values.add(literal(v, vt, field));
                }
                break;
            case BETWEEN:
                values.add(literal(r.value("from"), vt, field));
                values.add(literal(r.value("to"), vt, field));
                break;
            default:
                values.add(literal(r.value("value"), vt, field));
                break;
        }
        if (values.contains(null)) {
            return null;
        }
        List<AttributeValue> literals = new ArrayList<>();
        values.forEach(v -> literals.add(Objects.requireNonNull(v)));
        Condition.Test test = new Condition.Test(field, op.get(), literals);
        Optional<TestCheck.Problem> problem = TestCheck.check(test, catalog);
        if (problem.isPresent()) {
            r.error(problem.get().property(), problem.get().code(), problem.get().message());
            return null;
        }
        return test;
    }

    private static @Nullable AttributeValue literal(@Nullable JsonValueReader v, ValueType vt, String field) {
        if (v == null) {
            return null;
        }
        AttributeValue value = null;
        JsonValueReader.Type jt = v.type();
        switch (vt) {
            case NUMBER:
            case MONEY:
                if (jt == JsonValueReader.Type.NUMBER) {
                    value = AttributeValue.number(Objects.requireNonNull(v.asDecimal()));
                } else if (jt == JsonValueReader.Type.STRING) {
                    try {
                        value = AttributeValue.number(new BigDecimal(Objects.requireNonNull(v.asString())));
                    } catch (NumberFormatException e) {
                        value = null;
                    }
                }
                break;
            case BOOLEAN:
                if (jt == JsonValueReader.Type.BOOLEAN) {
                    value = AttributeValue.flag(Boolean.TRUE.equals(v.asBoolean()));
                }
                break;
            case DATE:
                if (jt == JsonValueReader.Type.STRING) {
                    try {
                        value = AttributeValue.date(LocalDate.parse(Objects.requireNonNull(v.asString())));
                    } catch (DateTimeParseException e) {
                        value = null;
                    }
                }
                break;
            default:
                if (jt == JsonValueReader.Type.STRING) {
                    value = AttributeValue.text(Objects.requireNonNull(v.asString()));
                }
                break;
        }
        String problem = value == null ? "needs " + expected(vt) + ", got " + jt.name().toLowerCase(java.util.Locale.ROOT)
                : TestCheck.typeProblem(vt, value);
        if (problem != null) {
            v.error(RuleError.VALUE_TYPE, field + " (" + vt + ") " + problem);
            return null;
        }
        return value;
    }

    private static String expected(ValueType vt) {
        switch (vt) {
            case NUMBER:
            case MONEY:
                return "a decimal number or decimal string";
            case BOOLEAN:
                return "true or false";
            case DATE:
                return "an ISO date such as 2026-11-22";
            default:
                return "a string";
        }
    }
}
