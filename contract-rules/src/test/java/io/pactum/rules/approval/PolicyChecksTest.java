package io.pactum.rules.approval;

import static io.pactum.rules.approval.Fixtures.org;
import static io.pactum.rules.approval.Fixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import io.pactum.rules.RuleError;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Static checks and malformed policy JSON: each problem typed, at its JSON pointer. */
class PolicyChecksTest {

    private static final String BASE = resource("contract-approval.json");

    private static List<Violation> problems(String json) {
        return assertThrows(ValidationException.class, () -> ApprovalPolicyJson.parse(json)).violations();
    }

    private static String summary(List<Violation> vs) {
        return vs.stream().map(v -> v.code().code() + " " + v.path()).collect(Collectors.joining("; "));
    }

    @Test
    void parse_realisticPolicy_passesEveryCheckAgainstTheOrg() {
        assertEquals(List.of(), ApprovalRouter.check(ApprovalPolicyJson.parse(BASE), org()));
    }

    @Test
    void parse_gapBetweenBands_bandGapAtLaterRule() {
        String json = BASE.replace("\"from\": \"1000000\", \"to\": \"10000000\"", "\"from\": \"2000000\", \"to\": \"10000000\"");
        Violation v = problems(json).get(0);
        assertEquals(RuleError.BAND_GAP, v.code());
        assertEquals("/rules/1/when", v.path());
        assertTrue(v.message().contains("below-1m (-inf, 1000000)") && v.message().contains("from-1m [2000000, 10000000)"),
                v.message());
    }

    @Test
    void parse_overlappingBands_bandOverlap() {
        String json = BASE.replace("\"op\": \"lt\", \"value\": \"1000000\"", "\"op\": \"lte\", \"value\": \"1000000\"");
        Violation v = problems(json).get(0);
        assertEquals(RuleError.BAND_OVERLAP, v.code());
        assertEquals("/rules/1/when", v.path());
    }

    @Test
    void parse_topBandBounded_gapAbove() {
        String json = BASE.replace("\"op\": \"gte\", \"value\": \"10000000\"",
                "\"op\": \"between\", \"from\": \"10000000\", \"to\": \"99000000\"");
        Violation v = problems(json).get(0);
        assertEquals(RuleError.BAND_GAP, v.code());
        assertEquals("/rules/2/when", v.path());
    }

    @Test
    void parse_noCatchAll_missingCatchAllAtRules() {
        String json = BASE.replace("\"id\": \"otherwise\",", "\"id\": \"otherwise\", \"when\": {\"field\": \"type\", \"op\": \"eq\", \"value\": \"nda\"},");
        List<Violation> vs = problems(json);
        assertEquals("PCT-4020 /rules", summary(vs));
    }

    @Test
    void parse_contradictoryRule_unreachable() {
        String json = BASE.replace("{ \"field\": \"overBudget\", \"op\": \"eq\", \"value\": true }",
                "{ \"field\": \"direction\", \"op\": \"eq\", \"value\": \"SELL_SIDE\" }");
        Violation v = problems(json).get(0);
        assertEquals(RuleError.UNREACHABLE_RULE, v.code());
        assertEquals("/rules/4/when", v.path());
    }

    @Test
    void compile_ruleAfterCatchAll_unreachable() {
        ApprovalPolicy p = Fixtures.policy();
        java.util.List<ApprovalRule> rules = new java.util.ArrayList<>(p.rules());
        rules.add(ApprovalRule.when("late", "never applies", io.pactum.rules.condition.Condition.eq("type", "nda"),
                StageAddition.of("ceo", ApproverSpec.role("ceo"))));
        ApprovalPolicy bad = new ApprovalPolicy(p.id(), p.effectiveFrom(), p.currency(), p.attributes(), p.stages(),
                rules, p.separationOfDuties(), p.onMaterialChange());
        List<Violation> vs = assertThrows(ValidationException.class, () -> ApprovalRouter.compile(bad)).violations();
        assertEquals("PCT-4021 /rules/6", summary(vs));
    }

    @Test
    void check_unknownRoleGroupAndUser_unknownApproverAtPointer() {
        String json = BASE.replace("{ \"role\": \"ceo\" }", "{ \"role\": \"chief\" }")
                .replace("\"escalateTo\": { \"role\": \"coo\" } },\n    { \"name\": \"legal-review\"",
                        "\"escalateTo\": { \"group\": \"nobody\" } },\n    { \"name\": \"legal-review\"");
        List<Violation> vs = ApprovalRouter.check(ApprovalPolicyJson.parse(json), org());
        assertEquals("PCT-4024 /stages/0/escalateTo/group; PCT-4024 /rules/2/adds/2/approvers/0/role", summary(vs));
    }

    @Test
    void parse_unknownStage_unknownStageAtAddition() {
        String json = BASE.replace("{ \"stage\": \"ceo\"", "{ \"stage\": \"board\"");
        assertEquals("PCT-4025 /rules/2/adds/2/stage", summary(problems(json)));
    }

    @Test
    void parse_quorumLargerThanSeats_quorumTooLarge() {
        String json = BASE.replace("{ \"name\": \"ceo\",             \"order\": 30, \"mode\": \"ANY\"",
                "{ \"name\": \"ceo\", \"order\": 30, \"mode\": \"QUORUM\", \"quorum\": 2");
        assertEquals("PCT-4027 /stages/4/quorum", summary(problems(json)));
    }

    @Test
    void parse_malformedPolicy_everyProblemWithPointer() {
        String json = BASE.replace("\"currency\": \"CNY\"", "\"currency\": \"XXX\"")
                .replace("\"order\": 18", "\"order\": \"late\"")
                .replace("\"sla\": \"P5D\"", "\"sla\": \"five days\"")
                .replace("\"field\": \"amount\", \"op\": \"lt\"", "\"field\": \"amount\", \"op\": \"lt\", \"extra\": 1")
                .replace("{ \"departmentHead\": true } ] } ]\n    },\n    {\n      \"id\": \"from-1m\"",
                        "{ \"departmentHead\": true, \"role\": \"x\" } ] } ]\n    },\n    {\n      \"id\": \"from-1m\"")
                .replace("\"op\": \"contains\", \"value\": \"liability\" },\n        { \"field\": \"deviation.fallback\"",
                        "\"op\": \"contains\", \"value\": 7 },\n        { \"field\": \"deviation.fallback\"");
        List<Violation> vs = problems(json);
        assertEquals(List.of(CoreError.UNSUPPORTED_CURRENCY, CoreError.JSON_WRONG_TYPE, CoreError.JSON_BAD_VALUE,
                RuleError.BAD_POLICY_VALUE, RuleError.VALUE_TYPE, CoreError.JSON_UNKNOWN_PROPERTY),
                vs.stream().map(Violation::code).collect(Collectors.toList()), summary(vs));
        assertEquals(List.of("/currency", "/stages/2/order", "/stages/4/sla", "/rules/0/adds/0/approvers/0",
                "/rules/3/when/or/0/value", "/rules/0/when/extra"),
                vs.stream().map(Violation::path).collect(Collectors.toList()));
    }

    @Test
    void parse_notJson_syntaxError() {
        assertEquals(CoreError.JSON_SYNTAX, problems("{\"id\": ").get(0).code());
    }
}
