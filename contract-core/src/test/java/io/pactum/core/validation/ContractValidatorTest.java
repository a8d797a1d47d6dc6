package io.pactum.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.AttributeValue;
import io.pactum.core.contract.Contact;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractMother;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.Direction;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.PartyRole;
import io.pactum.core.contract.type.ContractType;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.ErrorCode;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import io.pactum.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContractValidatorTest {

    private static final ContractValidator VALIDATOR = ContractValidator.create();
    private static final ContractType TYPE = ContractMother.serviceType();

    @AfterAll
    static void close() {
        VALIDATOR.close();
    }

    private static List<Violation> check(Contract c) {
        return VALIDATOR.check(c, TYPE);
    }

    private static Contract withField(String name, AttributeValue value) {
        return ContractMother.serviceContract().edit(b -> b.customField(name, value));
    }

    @Test
    void check_objectMother_isValid() {
        assertEquals(List.of(), check(ContractMother.serviceContract()));
    }

    static Stream<Arguments> wrongCustomValues() {
        return Stream.of(
                // STRING: wrong JSON shape, too long (maxLength 32), more than one line
                Arguments.of("projectCode", AttributeValue.number(7), CoreError.FIELD_TYPE_MISMATCH),
                Arguments.of("projectCode", AttributeValue.text("P".repeat(33)), CoreError.OUT_OF_RANGE),
                Arguments.of("projectCode", AttributeValue.text("PRJ\n7"), CoreError.OUT_OF_RANGE),
                Arguments.of("projectCode", AttributeValue.text("   "), CoreError.OUT_OF_RANGE),
                // INTEGER: not a number, a fraction, below 0, above 60
                Arguments.of("warrantyMonths", AttributeValue.text("12"), CoreError.FIELD_TYPE_MISMATCH),
                Arguments.of("warrantyMonths", AttributeValue.number(new BigDecimal("12.5")), CoreError.FIELD_TYPE_MISMATCH),
                Arguments.of("warrantyMonths", AttributeValue.number(-1), CoreError.OUT_OF_RANGE),
                Arguments.of("warrantyMonths", AttributeValue.number(61), CoreError.OUT_OF_RANGE),
                // DECIMAL in [0, 1]
                Arguments.of("discountRate", AttributeValue.flag(true), CoreError.FIELD_TYPE_MISMATCH),
                Arguments.of("discountRate", AttributeValue.number(new BigDecimal("1.0001")), CoreError.OUT_OF_RANGE),
                Arguments.of("discountRate", AttributeValue.number(new BigDecimal("-0.01")), CoreError.OUT_OF_RANGE),
                // ENUM
                Arguments.of("tier", AttributeValue.text("PLATINUM"), CoreError.NOT_ALLOWED),
                Arguments.of("tier", AttributeValue.text("gold"), CoreError.NOT_ALLOWED),
                Arguments.of("tier", AttributeValue.number(1), CoreError.FIELD_TYPE_MISMATCH),
                // DATE
                Arguments.of("goLive", AttributeValue.text("2026-02-29"), CoreError.FIELD_TYPE_MISMATCH),
                Arguments.of("goLive", AttributeValue.text("01/03/2026"), CoreError.FIELD_TYPE_MISMATCH),
                Arguments.of("goLive", AttributeValue.number(20260301), CoreError.FIELD_TYPE_MISMATCH),
                // MONEY in CNY, at least 0
                Arguments.of("liabilityCap", AttributeValue.amount(Money.of("1", "USD")), CoreError.OUT_OF_RANGE),
                Arguments.of("liabilityCap", AttributeValue.amount(Money.of("-0.01", "CNY")), CoreError.OUT_OF_RANGE),
                Arguments.of("liabilityCap", AttributeValue.number(600000), CoreError.FIELD_TYPE_MISMATCH),
                // BOOLEAN
                Arguments.of("onSite", AttributeValue.text("true"), CoreError.FIELD_TYPE_MISMATCH),
                // PARTY_REFERENCE to a party the contract does not have
                Arguments.of("billingParty", AttributeValue.text("globex"), CoreError.NOT_ALLOWED),
                Arguments.of("billingParty", AttributeValue.flag(false), CoreError.FIELD_TYPE_MISMATCH),
                // TEXT longer than 2000
                Arguments.of("scopeNotes", AttributeValue.text("x".repeat(2001)), CoreError.OUT_OF_RANGE),
                // a field the type does not define
                Arguments.of("projectcode", AttributeValue.text("PRJ-7"), CoreError.UNKNOWN_FIELD));
    }

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @MethodSource("wrongCustomValues")
    void check_wrongCustomValue_typedViolationAtItsPointer(String field, AttributeValue value, ErrorCode code) {
        List<Violation> vs = check(withField(field, value));
        assertEquals(1, vs.size(), vs.toString());
        assertEquals("/customFields/" + field, vs.get(0).path());
        assertEquals(code, vs.get(0).code(), vs.get(0).toString());
    }

    @Test
    void check_requiredFieldsMissing_eachReported() {
        Contract c = ContractMother.serviceContract().edit(b -> b.customFields(java.util.Map.of()));
        List<Violation> vs = check(c);
        assertEquals(List.of("/customFields/projectCode", "/customFields/warrantyMonths"),
                vs.stream().map(Violation::path).toList());
        assertTrue(vs.stream().allMatch(v -> v.code() == CoreError.REQUIRED));
    }

    @Test
    void check_beanConstraints_reportedWithJsonPointers() {
        Contract c = ContractMother.serviceContract().edit(b -> b
                .title(" ")
                .number("N".repeat(65))
                .parties(List.of(
                        Party.of("us", "Us", PartyRole.OWN_ENTITY),
                        new Party(PartyId.of("acme"), "ACME", PartyRole.CUSTOMER, null, "CHN",
                                List.of(new Contact("Li", null, "not-an-email", null))))));
        List<Violation> vs = check(c);
        assertEquals(List.of("/number", "/parties/1/contacts/0/email", "/parties/1/country", "/title"),
                vs.stream().map(Violation::path).toList(), vs.toString());
        assertTrue(vs.stream().allMatch(v -> v.code() == CoreError.CONSTRAINT));
        assertEquals("must not be blank", vs.get(3).message());
        assertEquals("size must be between 0 and 64", vs.get(0).message());
    }

    @Test
    void check_noExpressionLanguageInMessages() {
        // A title that looks like EL must come back as data, never evaluated: messages are constant text.
        Contract c = ContractMother.serviceContract().edit(b -> b.number("${1+1}" + "x".repeat(64)));
        List<Violation> vs = check(c);
        assertEquals(1, vs.size());
        assertEquals("size must be between 0 and 64", vs.get(0).message());
    }

    @Test
    void check_crossFieldRules() {
        Contract noCounterparty = ContractMother.serviceContract().edit(b -> b
                .parties(List.of(Party.of("us", "Us", PartyRole.OWN_ENTITY)))
                .customField("billingParty", AttributeValue.text("us")));
        List<Violation> vs = check(noCounterparty);
        assertEquals(1, vs.size(), vs.toString());
        assertEquals("/parties", vs.get(0).path());

        Contract sellWithBudget = ContractMother.serviceContract().edit(b -> b.budgetCeiling(Money.of("1", "CNY")));
        assertEquals("/budgetCeiling", check(sellWithBudget).get(0).path());
        Contract buyWithBudget = sellWithBudget.edit(b -> b.direction(Direction.BUY_SIDE));
        assertEquals(List.of(), check(buyWithBudget));

        Contract otherType = ContractMother.serviceContract().edit(b -> b.type(ContractTypeId.of("nda")));
        assertEquals("/type", check(otherType).get(0).path());
    }

    @Test
    void validate_throwsWithEveryViolation() {
        Contract c = ContractMother.serviceContract().edit(b -> b.title("").customField("tier", AttributeValue.text("X")));
        var e = assertThrows(ValidationException.class, () -> VALIDATOR.validate(c, TYPE));
        assertEquals(2, e.violations().size());
    }
}
