package io.pactum.rules.condition;

import io.pactum.rules.RuleError;
import io.pactum.rules.facts.AttributeValue;
import io.pactum.core.contract.Direction;
import io.pactum.rules.facts.RiskLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The checks of one field test, shared by the JSON reader and the compiler so both say the same. */
final class TestCheck {

    /** A problem at a property of the test ({@code field}, {@code op}, {@code value}...). */
    record Problem(String property, RuleError code, String message) {
    }

    private TestCheck() {
    }

    static Optional<Problem> check(Condition.Test t, FieldCatalog catalog) {
        Optional<ValueType> type = catalog.typeOf(t.field());
        if (type.isEmpty()) {
            return Optional.of(new Problem("field", RuleError.UNKNOWN_FIELD, "unknown field path \""
                    + abbreviate(t.field()) + "\"; known: " + catalog.describePaths()));
        }
        ValueType vt = type.get();
        if (!vt.supports(t.op())) {
            return Optional.of(new Problem("op", RuleError.OPERATOR_NOT_APPLICABLE, "operator " + t.op().jsonName()
                    + " does not apply to " + t.field() + " (" + vt + "); use one of "
                    + vt.operators().stream().map(Operator::jsonName).collect(Collectors.joining(", "))));
        }
        int arity = t.op().arity();
        String property = valueProperty(t.op());
        if (arity >= 0 && t.values().size() != arity || arity < 0 && t.values().isEmpty()) {
            return Optional.of(new Problem(property, RuleError.VALUE_TYPE, t.op().jsonName() + " takes "
                    + (arity < 0 ? "one or more values" : arity + " value(s)") + ", got " + t.values().size()));
        }
        for (int i = 0; i < t.values().size(); i++) {
            String problem = typeProblem(vt, t.values().get(i));
            if (problem != null) {
                String at = t.op() == Operator.BETWEEN ? (i == 0 ? "from" : "to")
                        : t.op() == Operator.IN ? property + "/" + i : property;
                return Optional.of(new Problem(at, RuleError.VALUE_TYPE, t.field() + " (" + vt + ") " + problem));
            }
        }
        if (t.op() == Operator.BETWEEN && compare(t.values().get(0), t.values().get(1)) >= 0) {
            return Optional.of(new Problem("to", RuleError.EMPTY_RANGE, "between needs from below to, got from "
                    + t.values().get(0).display() + " and to " + t.values().get(1).display()));
        }
        return Optional.empty();
    }

    static String valueProperty(Operator op) {
        return op == Operator.IN ? "values" : "value";
    }

    /** What is wrong with a literal for a type, or {@code null}. */
    static @Nullable String typeProblem(ValueType vt, AttributeValue v) {
        switch (vt) {
            case TEXT:
            case TEXT_SET:
                return v instanceof AttributeValue.Text ? null : "needs a text value, got " + kind(v);
            case NUMBER:
            case MONEY:
                return v instanceof AttributeValue.Number ? null : "needs a number, got " + kind(v);
            case DATE:
                return v instanceof AttributeValue.Date ? null : "needs a date, got " + kind(v);
            case BOOLEAN:
                return v instanceof AttributeValue.Flag ? null : "needs true or false, got " + kind(v);
            case DIRECTION:
                return constantProblem(v, Arrays.stream(Direction.values()).map(Enum::name).collect(Collectors.toList()));
            case RISK_LEVEL:
                return constantProblem(v, Arrays.stream(RiskLevel.values()).map(Enum::name).collect(Collectors.toList()));
            default:
                throw new AssertionError(vt);
        }
    }

    private static @Nullable String constantProblem(AttributeValue v, List<String> names) {
        if (v instanceof AttributeValue.Text && names.contains(((AttributeValue.Text) v).value())) {
            return null;
        }
        return "needs one of " + String.join(", ", names) + ", got "
                + (v instanceof AttributeValue.Text ? "\"" + abbreviate(v.display()) + "\"" : kind(v));
    }

    static String kind(AttributeValue v) {
        if (v instanceof AttributeValue.Text) {
            return "a text";
        } else if (v instanceof AttributeValue.Number) {
            return "a number";
        } else if (v instanceof AttributeValue.Flag) {
            return "a boolean";
        }
        return "a date";
    }

    /** Orders two literals of the same checked type. */
    static int compare(AttributeValue a, AttributeValue b) {
        if (a instanceof AttributeValue.Number && b instanceof AttributeValue.Number) {
            BigDecimal x = ((AttributeValue.Number) a).value();
            return x.compareTo(((AttributeValue.Number) b).value());
        }
        if (a instanceof AttributeValue.Date && b instanceof AttributeValue.Date) {
            LocalDate x = ((AttributeValue.Date) a).value();
            return x.compareTo(((AttributeValue.Date) b).value());
        }
        if (a instanceof AttributeValue.Text && b instanceof AttributeValue.Text) {
            String x = ((AttributeValue.Text) a).value();
            String y = ((AttributeValue.Text) b).value();
            try {
                return RiskLevel.valueOf(x).compareTo(RiskLevel.valueOf(y));
            } catch (IllegalArgumentException e) {
                return x.compareTo(y);
            }
        }
        return 0;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
