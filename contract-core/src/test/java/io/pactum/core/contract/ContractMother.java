package io.pactum.core.contract;

import io.pactum.core.contract.type.ContractType;
import io.pactum.core.contract.type.FieldDefinition;
import io.pactum.core.contract.type.FieldType;
import io.pactum.core.contract.type.NumberingPattern;
import io.pactum.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/** Object mother: realistic contracts and contract types for tests. */
public final class ContractMother {

    private ContractMother() {
    }

    /** A Chinese IT service contract, sell side, 1.2 million CNY, auto-renewing yearly. */
    public static Contract serviceContract() {
        return Contract.builder()
                .id(ContractId.of("c-2026-001"))
                .number("SC-2026-000001")
                .title("IT运维服务合同")
                .type(ContractTypeId.of("service"))
                .direction(Direction.SELL_SIDE)
                .party(Party.of("us", "上海示例科技有限公司", PartyRole.OWN_ENTITY))
                .party(new Party(PartyId.of("acme"), "ACME Trading Co., Ltd.", PartyRole.CUSTOMER, "91310000MA1K000000",
                        "CN", List.of(new Contact("Li Lei", "Procurement manager", "li.lei@acme.example", "+86 21 5555 0000"))))
                .owner(UserId.of("u-zhang"))
                .department(DepartmentId.of("sales-east"))
                .region("CN-East")
                .value(Money.of("1200000.00", "CNY"))
                .term(Term.fixed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .renewal(RenewalTerms.autoRenew(Period.ofYears(1), Period.ofDays(30), 3))
                .customField("projectCode", AttributeValue.text("PRJ-7"))
                .customField("warrantyMonths", AttributeValue.number(12))
                .customField("tier", AttributeValue.text("GOLD"))
                .customField("goLive", AttributeValue.date(LocalDate.of(2026, 3, 1)))
                .customField("liabilityCap", AttributeValue.amount(Money.of("600000.00", "CNY")))
                .customField("onSite", AttributeValue.flag(true))
                .customField("billingParty", AttributeValue.text("acme"))
                .tags(Set.of("strategic", "it"))
                .confidentiality(ConfidentialityLevel.CONFIDENTIAL)
                .externalReferences(List.of(new ExternalReference("CRM", "OPP-4711")))
                .build();
    }

    /** The contract type of {@link #serviceContract()}: one field of every type. */
    public static ContractType serviceType() {
        return new ContractType(ContractTypeId.of("service"), "Service contract", Direction.SELL_SIDE, List.of(
                new FieldDefinition("projectCode", FieldType.STRING, true, "Project code", null, null, 32, List.of(), null),
                new FieldDefinition("warrantyMonths", FieldType.INTEGER, true, null, BigDecimal.ZERO, new BigDecimal("60"),
                        null, List.of(), null),
                new FieldDefinition("discountRate", FieldType.DECIMAL, false, null, BigDecimal.ZERO, BigDecimal.ONE,
                        null, List.of(), null),
                FieldDefinition.enumeration("tier", false, List.of("GOLD", "SILVER", "BRONZE")),
                FieldDefinition.of("goLive", FieldType.DATE, false),
                new FieldDefinition("liabilityCap", FieldType.MONEY, false, null, BigDecimal.ZERO, null, null, List.of(),
                        Money.currency("CNY")),
                FieldDefinition.of("onSite", FieldType.BOOLEAN, false),
                FieldDefinition.of("billingParty", FieldType.PARTY_REFERENCE, false),
                new FieldDefinition("scopeNotes", FieldType.TEXT, false, null, null, null, 2000, List.of(), null)),
                "service-zh", "standard-approval", "service-risk", "standard-reminders",
                NumberingPattern.parse("SC-{yyyy}-{seq:6}"));
    }
}
