package io.pactum.rules.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.ErrorCode;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import io.pactum.rules.RuleError;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Risk profiles from JSON: the good document, and every broken one with its typed error and pointer. */
class RiskProfileJsonTest {

    private static final String MINIMAL_HEAD = "{\"currency\": \"CNY\", \"zone\": \"Asia/Shanghai\", ";

    @Test
    void parse_fixtureDocument_readsEveryThreshold() {
        RiskProfiles p = RiskFixtures.profiles("CNY");
        assertEquals(ZoneId.of("Asia/Shanghai"), p.zone());
        RiskProfile d = p.defaultProfile();
        assertEquals(new RiskProfile.Days(30, Severity.MEDIUM), d.expiry());
        assertEquals(new RiskProfile.Budget(new BigDecimal("80.00"), Severity.MEDIUM, Severity.HIGH), d.budget());
        assertEquals(new RiskProfile.Churn(2, 90, Severity.MEDIUM), d.amendmentChurn());
        assertEquals(new RiskProfile.Aging(Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL),
                d.paymentOverdue());
        assertEquals("custom.large-sale", d.customRules().get(0).ruleId());
        assertEquals(new RiskProfiles.Concentration(new BigDecimal("25"), Severity.HIGH), p.concentration());
        RiskProfile nda = p.forType(ContractTypeId.of("nda"));
        assertEquals(new RiskProfile.Days(7, Severity.LOW), nda.expiry());
        assertNull(nda.budget(), "a type profile does not inherit: budget is off for NDAs");
        assertEquals(d, p.forType(ContractTypeId.of("purchase")));
    }

    @Test
    void parse_ruleLeftOut_isOff() {
        RiskProfiles p = RiskProfileJson.parse(MINIMAL_HEAD + "\"default\": {}}");
        assertEquals(RiskProfile.none(), p.defaultProfile());
        assertNull(p.concentration());
    }

    @Test
    void parse_brokenThresholds_everyProblemAtItsPointer() {
        String json = MINIMAL_HEAD + """
                "concentration": {"maxSharePercent": 100, "severity": "HIGH"},
                "default": {
                  "expiry": {"days": -1, "severity": "MEDIUM"},
                  "expiryy": {"days": 3, "severity": "MEDIUM"},
                  "cancelBy": {"days": 3, "severity": "SEVERE"},
                  "budget": {"reachedPercent": 120, "reached": "MEDIUM", "exceeded": "HIGH"},
                  "amendmentChurn": {"maxAmendments": 2, "severity": "LOW"}
                }}""";
        Map<String, ErrorCode> v = violations(json);
        assertEquals(Map.of(
                "/concentration/maxSharePercent", RiskError.BAD_THRESHOLD,
                "/default/expiry/days", CoreError.OUT_OF_RANGE,
                "/default/expiryy", CoreError.JSON_UNKNOWN_PROPERTY,
                "/default/cancelBy/severity", CoreError.NOT_ALLOWED,
                "/default/budget/reachedPercent", RiskError.BAD_THRESHOLD,
                "/default/amendmentChurn/periodDays", CoreError.REQUIRED), v);
    }

    @Test
    void parse_percentWithThreeDecimals_badThreshold() {
        Map<String, ErrorCode> v = violations(MINIMAL_HEAD
                + "\"default\": {\"budget\": {\"reachedPercent\": 80.125, \"reached\": \"LOW\", \"exceeded\": \"HIGH\"}}}");
        assertEquals(Map.of("/default/budget/reachedPercent", RiskError.BAD_THRESHOLD), v);
    }

    @Test
    void parse_missingDefaultCurrencyAndZone_requiredAtEach() {
        Map<String, ErrorCode> v = violations("{\"zone\": \"Mars/Olympus\"}");
        assertEquals(Map.of("/currency", CoreError.REQUIRED, "/zone", CoreError.JSON_BAD_VALUE,
                "/default", CoreError.REQUIRED), v);
    }

    @Test
    void parse_brokenCustomRules_conditionErrorsAtTheirPointers() {
        String json = MINIMAL_HEAD + """
                "attributes": {"tier": "MONEY"},
                "default": {"custom": [
                  {"id": "Big Rule", "severity": "HIGH", "when": {"field": "amount", "op": "gte", "value": "1"},
                   "message": {"en": "x", "zh-CN": "x"}},
                  {"id": "typo", "severity": "HIGH", "when": {"field": "amout", "op": "gte", "value": "1"},
                   "message": {"en": "x", "zh-CN": "x"}},
                  {"id": "bad-op", "severity": "HIGH",
                   "when": {"and": [{"field": "type", "op": "eq", "value": "purchase"},
                                    {"field": "type", "op": "gte", "value": "x"}]},
                   "message": {"en": "x", "zh-CN": "x"}},
                  {"id": "no-message", "severity": "HIGH", "when": {"field": "overBudget", "op": "eq", "value": true},
                   "message": {"en": " ", "zh-CN": "x"}}
                ]}}""";
        Map<String, ErrorCode> v = violations(json);
        assertEquals(Map.of(
                "/attributes", RuleError.BAD_ATTRIBUTE,
                "/default/custom/0/id", RiskError.BAD_RULE_ID,
                "/default/custom/1/when/field", RuleError.UNKNOWN_FIELD,
                "/default/custom/2/when/and/1/op", RuleError.OPERATOR_NOT_APPLICABLE,
                "/default/custom/3/message/en", RiskError.BAD_MESSAGE), v);
    }

    @Test
    void parse_duplicateCustomRuleIds_duplicateAtTheSecond() {
        String rule = "{\"id\": \"same\", \"severity\": \"LOW\", \"when\": {\"field\": \"overBudget\", \"op\": \"eq\","
                + " \"value\": true}, \"message\": {\"en\": \"x\", \"zh-CN\": \"x\"}}";
        Map<String, ErrorCode> v = violations(MINIMAL_HEAD + "\"default\": {\"custom\": [" + rule + ", " + rule + "]}}");
        assertEquals(Map.of("/default/custom/1/id", RiskError.DUPLICATE_PROFILE), v);
    }

    @Test
    void parse_customAttributeDeclared_conditionMayNameIt() {
        RiskProfiles p = RiskProfileJson.parse(MINIMAL_HEAD + """
                "attributes": {"tier": "TEXT"},
                "default": {"custom": [{"id": "gold", "severity": "INFO",
                  "when": {"field": "attributes.tier", "op": "eq", "value": "gold"},
                  "message": {"en": "gold tier", "zh-CN": "金牌客户"}}]}}""");
        assertNotNull(p.defaultProfile().customRules().get(0).when());
    }

    @Test
    void percent_scaleOfThree_rejectedByTheRecordToo() {
        assertEquals(RiskError.BAD_THRESHOLD, assertThrows(io.pactum.core.error.PactumException.class,
                () -> new RiskProfile.Budget(new BigDecimal("0.001"), Severity.LOW, Severity.LOW)).errorCode());
        assertEquals(RiskError.BAD_THRESHOLD, assertThrows(io.pactum.core.error.PactumException.class,
                () -> new RiskProfile.Days(3651, Severity.LOW)).errorCode());
    }

    private static Map<String, ErrorCode> violations(String json) {
        ValidationException e = assertThrows(ValidationException.class, () -> RiskProfileJson.parse(json));
        List<Violation> list = e.violations();
        return list.stream().collect(Collectors.toMap(Violation::path, Violation::code, (a, b) -> a, TreeMap::new));
    }
}
