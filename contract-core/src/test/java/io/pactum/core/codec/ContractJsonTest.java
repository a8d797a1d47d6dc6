package io.pactum.core.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.ContractMother;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.ErrorCode;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ContractJsonTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = ContractJsonTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A valid document with one property replaced, as text surgery keeps the rest of the file real. */
    private static String serviceWith(String find, String replace) throws IOException {
        String json = resource("service-contract.json");
        assertTrue(json.contains(find), "fixture does not contain " + find);
        int at = json.indexOf(find);
        return json.substring(0, at) + replace + json.substring(at + find.length());
    }

    private static List<Violation> violations(String json) {
        return assertThrows(ValidationException.class, () -> ContractJson.read(json)).violations();
    }

    private static void assertSingle(String json, String pointer, ErrorCode code) {
        List<Violation> vs = violations(json);
        assertEquals(1, vs.size(), () -> vs.stream().map(Violation::toString).collect(Collectors.joining("\n")));
        assertEquals(pointer, vs.get(0).path(), vs.get(0).toString());
        assertEquals(code, vs.get(0).code(), vs.get(0).toString());
    }

    @Test
    void read_handWrittenFile_equalsTheObjectMother() throws IOException {
        assertEquals(ContractMother.serviceContract(), ContractJson.read(resource("service-contract.json")));
    }

    @Test
    void read_unknownProperty_reportedAtItsPointer() throws IOException {
        assertSingle(serviceWith("\"region\": \"CN-East\"", "\"regoin\": \"CN-East\""), "/regoin",
                CoreError.JSON_UNKNOWN_PROPERTY);
        assertSingle(serviceWith("\"role\": \"OWN_ENTITY\"", "\"role\": \"OWN_ENTITY\", \"vat\": 1"), "/parties/0/vat",
                CoreError.JSON_UNKNOWN_PROPERTY);
    }

    @Test
    void read_unknownRenewalKind_namesTheKnownKinds() throws IOException {
        List<Violation> vs = violations(serviceWith("\"kind\": \"autoRenew\"", "\"kind\": \"java.lang.Runtime\""));
        assertEquals(1, vs.size(), vs.toString());
        assertEquals("/renewal/kind", vs.get(0).path());
        assertEquals(CoreError.JSON_UNKNOWN_KIND, vs.get(0).code());
        assertTrue(vs.get(0).message().contains("autoRenew, evergreen, fixed"), vs.get(0).message());
    }

    @Test
    void read_missingRequired_reportedAtPointer() throws IOException {
        assertSingle(serviceWith("\"title\": \"IT运维服务合同\",", ""), "/title", CoreError.REQUIRED);
        assertSingle(serviceWith("\"effectiveDate\": \"2026-01-01\", ", ""), "/term/effectiveDate", CoreError.REQUIRED);
    }

    @Test
    void read_manyProblems_allReportedAtOnce() throws IOException {
        String json = serviceWith("\"direction\": \"SELL_SIDE\"", "\"direction\": \"SIDEWAYS\"")
                .replace("\"owner\": \"u-zhang\"", "\"owner\": 42")
                .replace("\"endDate\": \"2026-12-31\"", "\"endDate\": \"2026-02-30\"")
                .replace("\"tags\": [\"strategic\", \"it\"]", "\"tags\": [\"strategic\", 7]")
                .replace("\"maxRenewals\": 3", "\"maxRenewals\": 0");
        List<Violation> vs = violations(json);
        assertEquals(java.util.Map.of(
                        "/direction", CoreError.NOT_ALLOWED,
                        "/owner", CoreError.JSON_WRONG_TYPE,
                        "/term/endDate", CoreError.JSON_BAD_VALUE,
                        "/tags/1", CoreError.JSON_WRONG_TYPE,
                        "/renewal/maxRenewals", CoreError.OUT_OF_RANGE),
                vs.stream().collect(Collectors.toMap(Violation::path, Violation::code)), vs.toString());
    }

    @Test
    void read_valueChecksOfTheModel_reportedAtTheirPointers() throws IOException {
        assertSingle(serviceWith("\"endDate\": \"2026-12-31\"", "\"endDate\": \"2025-12-31\""), "/term/endDate",
                CoreError.DATE_ORDER);
        assertSingle(serviceWith("\"amount\": \"1200000.00\"", "\"amount\": \"1200000.001\""), "/value/amount",
                CoreError.AMOUNT_SCALE);
        assertSingle(serviceWith("\"currency\": \"CNY\"}", "\"currency\": \"XYZ\"}"), "/value/currency",
                CoreError.UNSUPPORTED_CURRENCY);
        assertSingle(serviceWith("{\"id\": \"us\"", "{\"id\": \"u s\""), "/parties/0/id", CoreError.MALFORMED_ID);
        assertSingle(serviceWith("{\"id\": \"acme\"", "{\"id\": \"us\""), "/parties/1/id", CoreError.DUPLICATE);
        assertSingle(serviceWith("\"region\": \"CN-East\"",
                "\"region\": \"CN-East\", \"budgetCeiling\": {\"amount\": \"5\", \"currency\": \"USD\"}"),
                "/budgetCeiling", CoreError.CURRENCY_MISMATCH);
        assertSingle(serviceWith("\"amount\": \"1200000.00\"", "\"amount\": \"-1\""), "/value", CoreError.OUT_OF_RANGE);
    }

    @Test
    void read_customFieldOfNoJsonShape_isWrongType() throws IOException {
        assertSingle(serviceWith("\"onSite\": true", "\"onSite\": [true]"), "/customFields/onSite",
                CoreError.JSON_WRONG_TYPE);
    }

    @Test
    void read_malformedJson_syntaxErrorWithLineAndColumn() {
        List<Violation> vs = violations("{\n  \"id\": \"c1\",\n  \"title\": }");
        assertEquals(CoreError.JSON_SYNTAX, vs.get(0).code());
        assertTrue(vs.get(0).message().contains("line 3"), vs.get(0).message());
        assertEquals(CoreError.JSON_SYNTAX, violations("").get(0).code());
        assertEquals(CoreError.JSON_SYNTAX, violations("{\"id\": \"a\"} trailing").get(0).code());
        assertEquals(CoreError.JSON_WRONG_TYPE, violations("[1, 2]").get(0).code());
    }

    @Test
    void read_duplicateKeys_areRejected() {
        List<Violation> vs = violations("{\"id\": \"a\", \"id\": \"b\"}");
        assertEquals(CoreError.JSON_SYNTAX, vs.get(0).code());
        assertTrue(vs.get(0).message().contains("id"), vs.get(0).message());
    }

    @Test
    void read_oversizedDocument_hitsTheLimitBeforeParsing() throws IOException {
        JsonInput small = JsonInput.withLimits(new JsonLimits(1024, 64, 1024, 100));
        String json = resource("service-contract.json");
        var e = assertThrows(ValidationException.class, () -> ContractJson.read(small, json));
        assertEquals(CoreError.JSON_LIMIT, e.errorCode());
        assertTrue(e.getMessage().contains("1024"), e.getMessage());
    }

    @Test
    void read_deepNestingAndLongStrings_hitTheLimits() {
        String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertEquals(CoreError.JSON_LIMIT, violations(deep).get(0).code());
        JsonInput small = JsonInput.withLimits(new JsonLimits(1 << 20, 64, 100, 100));
        String longTitle = "{\"title\": \"" + "x".repeat(1000) + "\"}";
        var e = assertThrows(ValidationException.class, () -> ContractJson.read(small, longTitle));
        assertEquals(CoreError.JSON_LIMIT, e.errorCode());
        String longNumber = "{\"revision\": " + "9".repeat(1000) + "}";
        assertEquals(CoreError.JSON_LIMIT, violations(longNumber).get(0).code());
    }

    @Test
    @Timeout(60) // a safety net: before the fix this read did not finish
    void read_moneyAmountNumberWithHugeExponent_isJsonLimitInsteadOfScalingForever() throws IOException {
        // 1e999999999 is 11 characters, within the number-length limit; scaled to the two decimals of
        // CNY it would be a number of a billion digits.
        assertSingle(serviceWith("\"amount\": \"1200000.00\"", "\"amount\": 1e999999999"), "/value/amount",
                CoreError.JSON_LIMIT);
    }

    @Test
    @Timeout(60)
    void read_customNumberWithHugeExponent_isJsonLimitAtTheField() throws IOException {
        assertSingle(serviceWith("\"warrantyMonths\": 12", "\"warrantyMonths\": 1e-999999999"),
                "/customFields/warrantyMonths", CoreError.JSON_LIMIT);
    }

    @Test
    void read_numbersAtTheDigitBound_areStillRead() throws IOException {
        // 1e999 written out is a 1 and 999 zeros, 1000 digits before the point: the largest allowed.
        var c = ContractJson.read(serviceWith("\"warrantyMonths\": 12", "\"warrantyMonths\": 1e999"));
        assertEquals(new java.math.BigDecimal("1e999"),
                ((io.pactum.core.contract.AttributeValue.NumberValue) c.customFields().get("warrantyMonths")).value());
    }

    @Test
    void write_thenRead_fixtureIsLossless() {
        var c = ContractMother.serviceContract();
        assertEquals(c, ContractJson.read(ContractJson.write(c)));
        assertEquals(c, ContractJson.read(ContractJson.write(c).getBytes(StandardCharsets.UTF_8)));
    }
}
