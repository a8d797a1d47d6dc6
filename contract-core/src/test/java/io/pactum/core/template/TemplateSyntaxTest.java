package io.pactum.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.clause.ClauseLibrary;
import io.pactum.core.clause.ContractLocale;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The template syntax: blocks, whitespace, syntax errors with line and column, static checks. */
class TemplateSyntaxTest {

    private static final VariableSchema SCHEMA = VariableSchema.of(
            VariableDefinition.required("flag", VariableType.BOOLEAN),
            VariableDefinition.required("name", VariableType.STRING),
            VariableDefinition.required("price", VariableType.MONEY),
            VariableDefinition.required("start", VariableType.DATE),
            VariableDefinition.oneOf("incoterm", List.of("EXW", "DDP")),
            VariableDefinition.required("buyer", VariableType.PARTY),
            VariableDefinition.listOf("items", List.of(VariableDefinition.required("label", VariableType.STRING))));

    private static final VariableValues VALUES = VariableValues.builder()
            .bool("flag", true).text("name", "Acme").money("price", io.pactum.core.money.Money.of("10.00", "USD"))
            .date("start", java.time.LocalDate.of(2026, 11, 22)).text("incoterm", "DDP")
            .party("buyer", PartyDetails.named("Contoso"))
            .list("items", List.of(java.util.Map.of("label", VariableValue.text("a")),
                    java.util.Map.of("label", VariableValue.text("b"))))
            .build();

    private static List<Violation> problems(String body) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Fixtures.render(ContractLocale.EN, SCHEMA, body, VALUES));
        return e.violations();
    }

    private static Violation problem(String body) {
        List<Violation> all = problems(body);
        assertEquals(1, all.size(), all::toString);
        return all.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // "Hello " is 6 characters: the tag starts at column 7.
        "'Hello {{name'; line 1, column 7: {{ is never closed by }}",
        "'a\\n  {{#if flag}}\\nb'; line 2, column 3: {{#if}} is never closed",
        "'{{/if}}'; line 1, column 1: {{/if}} closes nothing",
        "'{{#each flag}}x{{/if}}'; 'line 1, column 16: {{/if}} closes nothing; the open block is {{#each}} from line 1'",
        "'{{name | shout}}'; 'line 1, column 1: unknown format \"shout\"; known: [amount, date, duration, money, number, percent, upper]'",
        // {{#if flag = 1}}: "{{#if " is columns 1-6, "flag" 7-10, the space 11, so = is column 12.
        "'{{#if flag = 1}}x{{/if}}'; line 1, column 12: use == to compare",
        "'{{else}}'; line 1, column 1: {{else}} outside an {{#if}} block",
        "'{{#if flag}}a{{else}}b{{else}}c{{/if}}'; line 1, column 23: {{else}} outside an {{#if}} block",
        "'{{#unless flag}}x{{/unless}}'; 'line 1, column 1: unknown block {{#unless}}; blocks are #if and #each'",
        "'{{}}'; line 1, column 1: empty tag {{}}",
                // "and" ends at column 14; the missing operand is where }} starts, column 15.
        "'{{#if flag and}}x{{/if}}'; line 1, column 15: expected a variable or a value",
        "'{{#if (flag}}x{{/if}}'; line 1, column 12: expected )",
        "'{{ref}}'; line 1, column 1: {{ref}} needs a section anchor, got \"\"",
        "'{{a.b.c}}'; line 1, column 1: \"a.b.c\" is not a variable name"
    })
    void parse_malformedText_reportsLineAndColumn(String body, String message) {
        Violation v = problem(body.replace("\\n", "\n"));
        assertEquals(TemplateError.SYNTAX, v.code());
        assertEquals("sections.s.body", v.path());
        assertEquals(message, v.message());
    }

    @Test
    void render_standaloneBlockLines_leaveNoBlankLines() {
        String body = "a\n{{#if flag}}\nb\n{{/if}}\n{{#each items}}\n- {{@number}} {{label}}\n{{/each}}\nc";
        assertEquals("a\nb\n- 1 a\n- 2 b\nc", Fixtures.render(ContractLocale.EN, SCHEMA, body, VALUES));
        assertEquals("a\n- 1 a\n- 2 b\nc", Fixtures.render(ContractLocale.EN, SCHEMA, body,
                VALUES.with("flag", VariableValue.bool(false))));
    }

    @Test
    void render_windowsLineBreaks_renderLikeUnixOnes() {
        String body = "a\r\n{{#if flag}}\r\nb\r\n{{/if}}\r\nc";
        assertEquals("a\nb\nc", Fixtures.render(ContractLocale.EN, SCHEMA, body, VALUES));
    }

    @Test
    void render_valuesContainingTags_areNotInterpreted() {
        assertEquals("{{price}} <b>", Fixtures.render(ContractLocale.EN, SCHEMA, "{{name}}",
                VALUES.with("name", VariableValue.text("{{price}} <b>"))));
    }

    @Test
    void render_inlineBlocks_keepSurroundingText() {
        String body = "x {{#if flag}}y{{else}}n{{/if}} z{{! a comment }}";
        assertEquals("x y z", Fixtures.render(ContractLocale.EN, SCHEMA, body, VALUES));
        assertEquals("x n z", Fixtures.render(ContractLocale.EN, SCHEMA, body, VALUES.with("flag", VariableValue.bool(false))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "flag; T",
        "not flag; F",
        "price > 9.99; T",
        "price >= 10; T",
        "price < 10; F",
        "price == 10.00; T",
        "incoterm == 'DDP'; T",
        "incoterm != 'DDP'; F",
        "incoterm in ['EXW', 'DDP']; T",
        "incoterm in ['EXW']; F",
        "start >= '2026-11-22' and start < '2027-01-01'; T",
        "start > '2026-11-22' or name == 'Acme'; T",
        "not (flag and name == 'Other'); T",
        "buyer.name == 'Contoso'; T",
        "items; T",
        "flag == false; F"
    })
    void condition_closedGrammar_evaluatesOverValues(String condition, String expected) {
        assertEquals(expected, Fixtures.render(ContractLocale.EN, SCHEMA, "{{#if " + condition + "}}T{{else}}F{{/if}}",
                VALUES));
    }

    @Test
    void condition_missingOptionalValue_isFalse() {
        VariableSchema schema = VariableSchema.of(VariableDefinition.optional("rate", VariableType.PERCENT));
        assertEquals("F|F", Fixtures.render(ContractLocale.EN, schema,
                "{{#if rate > 0}}T{{else}}F{{/if}}|{{#if rate}}T{{else}}F{{/if}}", VariableValues.none()));
    }

    @Test
    void check_unknownNamesAndMisfits_allReportedWithPositions() {
        String body = "{{nmae}}\n{{start | money}} {{items}}\n{{#each name}}x{{/each}}{{buyer.phone}}\n"
                + "{{#if incoterm == 'DDX'}}{{/if}}{{#if start > 5}}{{/if}}{{ref nowhere}}{{@number}}";
        List<Violation> all = problems(body);

        assertEquals(List.of(
                "PCT-2002 at sections.s.body: line 1, column 1: unknown variable nmae",
                "PCT-2003 at sections.s.body: line 2, column 1: format money does not apply to start of type date",
                "PCT-2003 at sections.s.body: line 2, column 19: items is a list; print its records with {{#each}}",
                "PCT-2003 at sections.s.body: line 3, column 1: {{#each}} needs a list, name is string",
                "PCT-2002 at sections.s.body: line 3, column 25: a party has no field phone; fields are name, address, "
                        + "representative, registrationNumber",
                "PCT-2012 at sections.s.body: line 4, column 1: 'DDX' is not one of the values of incoterm: [EXW, DDP]",
                "PCT-2003 at sections.s.body: line 4, column 33: start is date, not a number",
                // line 4: {{#if incoterm == 'DDX'}} is columns 1-25, {{/if}} 26-32, {{#if start > 5}} 33-49,
                // {{/if}} 50-56, {{ref nowhere}} 57-71, {{@number}} from 72.
                "PCT-2005 at sections.s.body: line 4, column 57: no section has anchor nowhere",
                "PCT-2002 at sections.s.body: line 4, column 72: @number is only defined inside {{#each}}"),
                all.stream().map(Violation::toString).toList());
    }

    @Test
    void check_sectionCondition_isCheckedToo() {
        TemplateVersion template = new TemplateVersion(TemplateId.of("t"), 1, TemplateStatus.PUBLISHED,
                io.pactum.core.contract.ContractTypeId.of("test"), ContractLocale.EN, "T", SCHEMA,
                List.of(Section.text("s", "S", "x").when("flagg")), Applicability.anywhere());

        List<Violation> all = TemplateComposer.of(ClauseLibrary.empty()).check(template);

        assertEquals(List.of("PCT-2002 at sections.s.when: line 1, column 1: unknown variable flagg"),
                all.stream().map(Violation::toString).toList());
    }

    @Test
    void parse_tooDeeplyNested_isALimit() {
        String body = "{{#if flag}}".repeat(40) + "x" + "{{/if}}".repeat(40);
        assertEquals(TemplateError.LIMIT, problem(body).code());
    }
}
