package io.pactum.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values are checked against the schema with every problem reported at once, each with its path. */
class ValueValidationTest {

    private final TemplateComposer composer = TemplateComposer.of(Fixtures.library());

    @Test
    void compose_manyBadValues_reportsEveryProblemWithItsPath() {
        VariableValues good = Fixtures.values("sales-en");
        List<Map<String, VariableValue>> rows = ((VariableValue.Rows) good.get("lineItems").orElseThrow()).rows();
        Map<String, VariableValue> row0 = new HashMap<>(rows.get(0));
        row0.remove("description");
        Map<String, VariableValue> row1 = new HashMap<>(rows.get(1));
        row1.put("discount", VariableValue.percent("5"));
        Map<String, VariableValue> row2 = new HashMap<>(rows.get(2));
        row2.put("quantity", VariableValue.text("one"));
        VariableValues bad = good
                .with("colour", VariableValue.text("red"))
                .with("total", VariableValue.text("27500"))
                .without("deliveryDate")
                .with("incoterm", VariableValue.text("XYZ"))
                .with("deliveryPlace", VariableValue.text("Ham\nburg"))
                .with("lineItems", VariableValue.list(List.of(row0, row1, row2)));

        ValidationException e = assertThrows(ValidationException.class,
                () -> composer.compose(Fixtures.request("sales-en").withValues(bad)));

        assertEquals(List.of(
                "PCT-2004 at lineItems[0].description: a value of type string is required",
                "PCT-2002 at lineItems[1].discount: no variable \"discount\" is defined for these records",
                "PCT-2003 at lineItems[2].quantity: expected integer, got text",
                "PCT-2003 at total: expected money, got text",
                "PCT-2012 at incoterm: \"XYZ\" is not one of [EXW, FCA, CIF, DAP, DDP]",
                "PCT-2003 at deliveryPlace: a string is one line; use a text variable",
                "PCT-2004 at deliveryDate: a value of type date is required",
                "PCT-2002 at colour: no variable \"colour\" is defined"),
                e.violations().stream().map(Violation::toString).toList());
    }

    @Test
    void check_nestedLists_pathsNameEveryLevel() {
        VariableSchema schema = VariableSchema.of(VariableDefinition.listOf("phases", List.of(
                VariableDefinition.required("title", VariableType.STRING),
                VariableDefinition.listOf("tasks", List.of(VariableDefinition.required("hours", VariableType.INTEGER))))));
        VariableValues values = VariableValues.builder().list("phases", List.of(
                Map.of("title", VariableValue.text("a"), "tasks", VariableValue.list(List.of())),
                Map.of("title", VariableValue.text("b"), "tasks", VariableValue.list(List.of(
                        Map.of("hours", VariableValue.integer(3)), Map.of("hours", VariableValue.text("x"))))))).build();

        assertEquals(List.of("PCT-2003 at phases[1].tasks[1].hours: expected integer, got text"),
                schema.check(values).stream().map(Violation::toString).toList());
    }

    @Test
    void compose_badValueAndBrokenReference_areReportedTogether() {
        CompositionRequest request = Fixtures.request("service-zh").omitting("acceptance");
        request = request.withValues(request.values().with("taxRate", VariableValue.text("6%")));

        CompositionRequest finalRequest = request;
        ValidationException e = assertThrows(ValidationException.class, () -> composer.compose(finalRequest));

        // The scope text: 14 characters, {{serviceName}} (15), 8, {{servicePeriod}} (17), 2, {{startDate}} (13),
        // 6 more, then {{ref acceptance}} at column 14 + 15 + 8 + 17 + 2 + 13 + 6 + 1 = 76.
        assertEquals(List.of("PCT-2003 at taxRate: expected percent, got text",
                "PCT-2005 at sections.scope: line 1, column 76: section acceptance is not in this document"),
                e.violations().stream().map(Violation::toString).toList());
    }

    @Test
    void compose_uppercaseOfThreeDecimalCurrency_isATypedError() {
        VariableSchema schema = VariableSchema.of(VariableDefinition.required("v", VariableType.MONEY));
        ValidationException e = assertThrows(ValidationException.class, () -> Fixtures.render(
                io.pactum.core.clause.ContractLocale.ZH_CN, schema, "{{v | upper}}",
                VariableValues.builder().money("v", io.pactum.core.money.Money.of("1.005", "BHD")).build()));

        assertEquals("sections.s", e.violations().get(0).path());
        assertEquals(TemplateError.TYPE_MISMATCH, e.violations().get(0).code());
    }

    @Test
    void compose_integerForDecimal_fits() {
        VariableSchema schema = VariableSchema.of(VariableDefinition.required("d", VariableType.DECIMAL));
        assertEquals("7", Fixtures.render(io.pactum.core.clause.ContractLocale.EN, schema, "{{d}}",
                VariableValues.builder().integer("d", 7).build()));
    }

    @Test
    void schema_fieldNamedLikeVariable_isRefused() {
        io.pactum.core.error.PactumException e = assertThrows(io.pactum.core.error.PactumException.class,
                () -> VariableSchema.of(VariableDefinition.required("name", VariableType.STRING),
                        VariableDefinition.listOf("items", List.of(VariableDefinition.required("name", VariableType.STRING)))));
        assertEquals(TemplateError.BAD_SCHEMA, e.errorCode());
    }

    @Test
    void definition_enumWithoutValues_isRefused() {
        io.pactum.core.error.PactumException e = assertThrows(io.pactum.core.error.PactumException.class,
                () -> VariableDefinition.oneOf("kind", List.of()));
        assertEquals(TemplateError.BAD_SCHEMA, e.errorCode());
    }

    @Test
    void definition_badName_isRefused() {
        assertThrows(io.pactum.core.error.PactumException.class,
                () -> VariableDefinition.required("1st", VariableType.STRING));
        assertThrows(io.pactum.core.error.PactumException.class,
                () -> VariableDefinition.required("a-b", VariableType.STRING));
    }

    @Test
    void decimal_malformedText_isATypedError() {
        io.pactum.core.error.PactumException e = assertThrows(io.pactum.core.error.PactumException.class,
                () -> VariableValue.decimal("1,5"));
        assertEquals(io.pactum.core.error.CoreError.MALFORMED_AMOUNT, e.errorCode());
        assertThrows(io.pactum.core.error.PactumException.class, () -> VariableValue.percent("five"));
    }

    @Test
    void duration_negative_isRefused() {
        assertThrows(io.pactum.core.error.PactumException.class,
                () -> VariableValue.duration(java.time.Period.ofDays(-1)));
    }
}
