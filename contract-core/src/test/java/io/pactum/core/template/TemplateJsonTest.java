package io.pactum.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.clause.ClauseCategory;
import io.pactum.core.clause.ClauseId;
import io.pactum.core.clause.ClauseLibrary;
import io.pactum.core.clause.ClauseStatus;
import io.pactum.core.clause.RiskLevel;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** JSON loading of clause libraries, templates, schemas and values, with JSON pointers for every problem. */
class TemplateJsonTest {

    private static List<String> problems(Runnable read) {
        ValidationException e = assertThrows(ValidationException.class, read::run);
        return e.violations().stream().map(v -> v.path() + " " + v.code().code()).toList();
    }

    @Test
    void readClauseLibrary_example_loadsVersionsVariantsAndApprovals() {
        ClauseLibrary library = TemplateJson.readClauseLibrary(Fixtures.read("clauses/library-zh.json"), Fixtures.RESOURCES);

        var clause = library.find(ClauseId.of("zh.confidentiality")).orElseThrow();
        assertEquals(ClauseCategory.CONFIDENTIALITY, clause.category());
        assertEquals(ClauseStatus.RETIRED, clause.version(1).orElseThrow().status());
        assertEquals(2, clause.latestApproved().orElseThrow().version());
        var liability = library.find(ClauseId.of("zh.liability.cap")).orElseThrow().latestApproved().orElseThrow();
        assertEquals(UserId.of("legal.li"), liability.approval().approvedBy());
        assertEquals(Instant.parse("2026-03-05T08:00:00Z"), liability.approval().approvedAt());
        assertEquals(RiskLevel.HIGH, liability.variant("cap-2x").orElseThrow().riskLevel());
        assertTrue(liability.variant("cap-2x").orElseThrow().extraApproval());
        // The body came from the Markdown resource.
        var payment = library.find(ClauseId.of("zh.payment.milestones")).orElseThrow().latestApproved().orElseThrow();
        assertTrue(payment.standard().body().startsWith("合同总价为{{totalPrice}}"));
    }

    @Test
    void readClauseLibrary_manyProblems_reportsEachAtItsPointer() {
        String json = "{\"clauses\": [{\"id\": \"a b\", \"catgory\": \"PAYMENT\", \"versions\": [{\"version\": 0,"
                + " \"status\": \"APPROVED\", \"locale\": \"fr\", \"title\": \"T\", \"variants\": ["
                + "{\"key\": \"standard\", \"bodyResource\": \"missing.md\"}]}]}]}";

        List<String> all = problems(() -> TemplateJson.readClauseLibrary(json, Fixtures.RESOURCES));

        assertEquals(List.of(
                "/clauses/0/id PCT-1107",
                "/clauses/0/category PCT-1101",
                "/clauses/0/versions/0/version PCT-1102",
                "/clauses/0/versions/0/locale PCT-1103",
                "/clauses/0/versions/0/variants/0/bodyResource PCT-2016",
                "/clauses/0/catgory PCT-1403"), all);
    }

    @Test
    void readClauseLibrary_approvedWithoutApprover_isRefused() {
        String json = "{\"clauses\": [{\"id\": \"c\", \"category\": \"GENERAL\", \"versions\": [{\"version\": 1,"
                + " \"status\": \"APPROVED\", \"locale\": \"en\", \"title\": \"T\", \"variants\": ["
                + "{\"key\": \"standard\", \"body\": \"x\"}]}]}]}";

        ValidationException e = assertThrows(ValidationException.class,
                () -> TemplateJson.readClauseLibrary(json, ResourceLoader.none()));

        Violation v = e.violations().get(0);
        assertEquals(CoreError.REQUIRED, v.code());
        assertEquals("/clauses/0/versions/0/approval", v.path());
    }

    @Test
    void readClauseLibrary_clauseWithoutId_reportsRequiredIdInsteadOfNullPointer() {
        // Before: the id was read inside build(), so its REQUIRED problem was recorded after build()
        // had decided there were no earlier problems, and the NullPointerException escaped.
        List<String> all = problems(() -> TemplateJson.readClauseLibrary("{\"clauses\": [{}]}", ResourceLoader.none()));

        assertEquals(List.of(
                "/clauses/0/id PCT-1101",
                "/clauses/0/category PCT-1101",
                "/clauses/0/versions PCT-1101"), all);
    }

    @Test
    void readClauseLibrary_approvedAtWithoutApprovedBy_reportsRequiredApprover() {
        String json = "{\"clauses\": [{\"id\": \"c\", \"category\": \"GENERAL\", \"versions\": [{\"version\": 1,"
                + " \"status\": \"APPROVED\", \"approvedAt\": \"2026-03-05T08:00:00Z\", \"locale\": \"en\","
                + " \"title\": \"T\", \"variants\": [{\"key\": \"standard\", \"body\": \"x\"}]}]}]}";

        // the clause then has no readable version, which the clause reports too
        assertEquals(List.of("/clauses/0/versions/0/approvedBy PCT-1101", "/clauses/0/versions PCT-1101"),
                problems(() -> TemplateJson.readClauseLibrary(json, ResourceLoader.none())));
    }

    @Test
    void readClauseLibrary_approvedByWithoutApprovedAt_reportsRequiredApprovalTime() {
        String json = "{\"clauses\": [{\"id\": \"c\", \"category\": \"GENERAL\", \"versions\": [{\"version\": 1,"
                + " \"status\": \"APPROVED\", \"approvedBy\": \"legal.li\", \"locale\": \"en\","
                + " \"title\": \"T\", \"variants\": [{\"key\": \"standard\", \"body\": \"x\"}]}]}]}";

        // the clause then has no readable version, which the clause reports too
        assertEquals(List.of("/clauses/0/versions/0/approvedAt PCT-1101", "/clauses/0/versions PCT-1101"),
                problems(() -> TemplateJson.readClauseLibrary(json, ResourceLoader.none())));
    }

    @Test
    void readTemplate_emptyObject_reportsEveryRequiredPropertyInsteadOfNullPointer() {
        assertEquals(List.of("/id PCT-1101", "/name PCT-1101", "/versions PCT-1101"),
                problems(() -> TemplateJson.readTemplate("{}", ResourceLoader.none())));
    }

    @Test
    void readTemplate_badSectionAndSchema_reportsPointers() {
        String json = "{\"id\": \"t\", \"name\": \"T\", \"versions\": [{\"version\": 1, \"status\": \"PUBLISHED\","
                + " \"contractType\": \"sales\", \"locale\": \"en\", \"title\": \"T\","
                + " \"variables\": [{\"name\": \"kind\", \"type\": \"ENUM\"}, {\"name\": \"x\", \"type\": \"COLOUR\"}],"
                + " \"sections\": [{\"anchor\": \"s\", \"heading\": \"S\"}]}]}";

        List<String> all = problems(() -> TemplateJson.readTemplate(json, ResourceLoader.none()));

        assertEquals(List.of(
                // the enum lists no "allowed" values; the section has neither body, clause nor subsections
                "/versions/0/variables/0/allowed PCT-2013",
                "/versions/0/variables/1/type PCT-1103",
                "/versions/0/sections/0/body PCT-2014"), all);
    }

    @Test
    void readTemplate_pinnedVersionWithoutClause_isRefused() {
        String json = "{\"id\": \"t\", \"name\": \"T\", \"versions\": [{\"version\": 1, \"status\": \"DRAFT\","
                + " \"contractType\": \"sales\", \"locale\": \"en\", \"title\": \"T\", \"variables\": [],"
                + " \"sections\": [{\"anchor\": \"s\", \"heading\": \"S\", \"body\": \"x\", \"clauseVersion\": 2}]}]}";

        assertEquals(List.of("/versions/0/sections/0/clauseVersion PCT-1103"),
                problems(() -> TemplateJson.readTemplate(json, ResourceLoader.none())));
    }

    @Test
    void readSchema_standalone_readsListFields() {
        VariableSchema schema = TemplateJson.readSchema("{\"variables\": [{\"name\": \"items\", \"type\": \"LIST\","
                + " \"fields\": [{\"name\": \"qty\", \"type\": \"INTEGER\"}, {\"name\": \"note\", \"type\": \"TEXT\", \"required\": false}]}]}");

        VariableDefinition items = schema.find("items").orElseThrow();
        assertEquals(VariableType.LIST, items.type());
        assertEquals(List.of("qty", "note"), items.fields().stream().map(VariableDefinition::name).toList());
        assertEquals(false, items.field("note").orElseThrow().required());
    }

    @Test
    @Timeout(60) // a safety net: the percentage was rendered with toPlainString, a billion zeros
    void readValues_percentWithHugeExponent_isJsonLimitAtTheValue() {
        VariableSchema schema = Fixtures.published("sales-en").schema();

        assertEquals(List.of("/values/depositRate PCT-1402"),
                problems(() -> TemplateJson.readValues("{\"values\": {\"depositRate\": 1e999999999}}", schema)));
    }

    @Test
    void readValues_wrongShapes_reportPointers() {
        VariableSchema schema = Fixtures.published("sales-en").schema();
        String json = "{\"values\": {\"total\": \"27500\", \"deliveryDate\": \"2027-13-01\", \"lineItems\": ["
                + "{\"description\": \"a\", \"quantity\": 1.5, \"colour\": \"red\"}], \"paymentTerm\": \"30 days\"}}";

        List<String> all = problems(() -> TemplateJson.readValues(json, schema));

        assertEquals(List.of(
                "/values/total PCT-1404",
                "/values/deliveryDate PCT-1406",
                "/values/lineItems/0/quantity PCT-2003",
                "/values/paymentTerm PCT-1406",
                "/values/lineItems/0/colour PCT-1403"), all);
    }

    @Test
    void readValues_example_readsEveryType() {
        VariableValues values = Fixtures.values("service-zh");

        assertEquals(VariableValue.money(io.pactum.core.money.Money.of("1200000.00", "CNY")),
                values.get("totalPrice").orElseThrow());
        assertEquals(VariableValue.duration(java.time.Period.ofYears(1)), values.get("servicePeriod").orElseThrow());
        assertEquals(VariableValue.integer(3), values.get("confidentialityYears").orElseThrow());
        var rows = ((VariableValue.Rows) values.get("milestones").orElseThrow()).rows();
        assertEquals(3, rows.size());
        assertEquals(new VariableValue.Percentage(new java.math.BigDecimal("10")), rows.get(2).get("share"));
    }

    @Test
    void resourceLoader_ofMap_findsOnlyListedNames() {
        ResourceLoader loader = ResourceLoader.of(Map.of("a.md", "A"));
        assertEquals("A", loader.load("a.md").orElseThrow());
        assertTrue(loader.load("b.md").isEmpty());
    }
}
