package io.pactum.rules.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import io.pactum.rules.RuleError;
import io.pactum.rules.facts.AttributeValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading conditions from JSON, good and bad. */
class ConditionJsonTest {

    private static final FieldCatalog FIELDS = FieldCatalog.withAttributes(Map.of("projectCode", ValueType.TEXT,
            "headcount", ValueType.NUMBER));

    private static List<Violation> problems(String json) {
        return assertThrows(ValidationException.class, () -> ConditionJson.parse(json, FIELDS)).violations();
    }

    @Test
    void parse_nestedAndOrNot_sameAsBuiltInJava() {
        Condition c = ConditionJson.parse("{\"and\": ["
                + "{\"field\": \"type\", \"op\": \"in\", \"values\": [\"sales\", \"service\"]},"
                + "{\"field\": \"amount\", \"op\": \"between\", \"from\": \"1000000\", \"to\": 10000000},"
                + "{\"not\": {\"field\": \"deviation.edited\", \"op\": \"contains\", \"value\": \"liability\"}},"
                + "{\"or\": [{\"field\": \"riskLevel\", \"op\": \"gte\", \"value\": \"HIGH\"},"
                + "          {\"field\": \"attributes.headcount\", \"op\": \"gt\", \"value\": 10}]}]}", FIELDS);
        Condition expected = Condition.and(
                Condition.in("type", "sales", "service"),
                Condition.between("amount", "1000000", "10000000"),
                Condition.not(Condition.contains("deviation.edited", "liability")),
                Condition.or(Condition.test("riskLevel", Operator.GTE, AttributeValue.text("HIGH")),
                        Condition.test("attributes.headcount", Operator.GT, AttributeValue.number(BigDecimal.TEN))));
        assertEquals(expected, c);
    }

    @Test
    void parse_unknownFieldPath_errorAtField() {
        Violation v = problems("{\"field\": \"amout\", \"op\": \"gt\", \"value\": 1}").get(0);
        assertEquals(RuleError.UNKNOWN_FIELD, v.code());
        assertEquals("/field", v.path());
        assertTrue(v.message().contains("amount"), v.message());
    }

    @Test
    void parse_undeclaredAttribute_unknownField() {
        Violation v = problems("{\"field\": \"attributes.region\", \"op\": \"eq\", \"value\": \"x\"}").get(0);
        assertEquals(RuleError.UNKNOWN_FIELD, v.code());
    }

    @Test
    void parse_wrongValueTypeForField_errorAtValue() {
        List<Violation> vs = problems("{\"and\": [{\"field\": \"amount\", \"op\": \"gt\", \"value\": true},"
                + "{\"field\": \"overBudget\", \"op\": \"eq\", \"value\": \"yes\"},"
                + "{\"field\": \"direction\", \"op\": \"eq\", \"value\": \"SIDEWAYS\"},"
                + "{\"field\": \"type\", \"op\": \"in\", \"values\": [\"a\", 3]}]}");
        assertEquals(List.of("/and/0/value", "/and/1/value", "/and/2/value", "/and/3/values/1"),
                vs.stream().map(Violation::path).collect(java.util.stream.Collectors.toList()));
        vs.forEach(v -> assertEquals(RuleError.VALUE_TYPE, v.code()));
    }

    @Test
    void parse_emptyAndOr_errorAtGroup() {
        assertEquals("/and", problems("{\"and\": []}").get(0).path());
        Violation v = problems("{\"not\": {\"or\": []}}").get(0);
        assertEquals(RuleError.EMPTY_GROUP, v.code());
        assertEquals("/not/or", v.path());
    }

    @Test
    void parse_operatorNotForType_errorAtOp() {
        Violation v = problems("{\"field\": \"type\", \"op\": \"gt\", \"value\": \"a\"}").get(0);
        assertEquals(RuleError.OPERATOR_NOT_APPLICABLE, v.code());
        assertEquals("/op", v.path());
        assertEquals(RuleError.OPERATOR_NOT_APPLICABLE,
                problems("{\"field\": \"type\", \"op\": \"like\", \"value\": \"a\"}").get(0).code());
    }

    @Test
    void parse_twoShapesOrNone_shapeError() {
        assertEquals(RuleError.CONDITION_SHAPE, problems("{\"and\": [], \"field\": \"type\"}").get(0).code());
        assertEquals(RuleError.CONDITION_SHAPE, problems("{}").get(0).code());
    }

    @Test
    void parse_betweenReversed_errorAtTo() {
        Violation v = problems("{\"field\": \"amount\", \"op\": \"between\", \"from\": 10, \"to\": 10}").get(0);
        assertEquals(RuleError.EMPTY_RANGE, v.code());
        assertEquals("/to", v.path());
    }

    @Test
    void parse_typoInProperty_unknownPropertyReported() {
        Violation v = problems("{\"field\": \"type\", \"op\": \"eq\", \"valu\": \"a\"}").stream()
                .filter(x -> x.code() == CoreError.JSON_UNKNOWN_PROPERTY).findFirst().orElseThrow();
        assertEquals("/valu", v.path());
    }

    @Test
    void parse_malformedJson_syntaxError() {
        assertEquals(CoreError.JSON_SYNTAX, problems("{\"field\": ").get(0).code());
    }
}
