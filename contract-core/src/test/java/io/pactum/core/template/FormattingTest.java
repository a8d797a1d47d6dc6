package io.pactum.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.clause.ClauseLibrary;
import io.pactum.core.clause.ContractLocale;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.money.Money;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Value formatting by locale, through one-section templates. Expected texts worked out by hand. */
class FormattingTest {

    private static String one(ContractLocale locale, VariableType type, String body, VariableValue value) {
        return Fixtures.render(locale, VariableSchema.of(VariableDefinition.required("v", type)), body,
                VariableValues.builder().put("v", value).build());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
        // 1,200,000 = 120 万: 壹佰贰拾万, nothing below 元, so 整.
        "1200000.00; CNY; 人民币壹佰贰拾万元整",
        // 1 亿 with two all-zero groups below it: no 零, no 万.
        "100000000.00; CNY; 人民币壹亿元整",
        // 1001: the two zeros inside the group are written once; 0 角 before 1 分 is written 零.
        "1001.01; CNY; 人民币壹仟零壹元零壹分",
        // under one yuan: no 元; 整 after 角 when there are no 分.
        "0.50; CNY; 人民币伍角整",
        // 10 is 壹拾 on financial documents, not 拾.
        "10.00; CNY; 人民币壹拾元整",
        "0.05; CNY; 人民币伍分",
        "0.00; CNY; 人民币零元整",
        // 10 万 and 10: the 万 group is followed by a group under 1000, so 零.
        "100010.00; CNY; 人民币壹拾万零壹拾元整",
        // 1 亿, 0100 万: a group under 1000 after a higher group takes 零.
        "101000000.00; CNY; 人民币壹亿零壹佰万元整",
        "10000001.00; CNY; 人民币壹仟万零壹元整",
        // a whole zero group between non-zero groups: one 零.
        "100000001.00; CNY; 人民币壹亿零壹元整",
        // 5000 below a 万 group: no 零 because the group starts with a non-zero thousand.
        "105000.00; CNY; 人民币壹拾万伍仟元整",
        "1010.10; CNY; 人民币壹仟零壹拾元壹角整",
        "3.07; CNY; 人民币叁元零柒分",
        "1000005.60; CNY; 人民币壹佰万零伍元陆角整",
        "12500.00; USD; 美元壹万贰仟伍佰元整"
    })
    void upper_amount_writesChineseFinancialUppercase(String amount, String currency, String expected) {
        assertEquals(expected, one(ContractLocale.ZH_CN, VariableType.MONEY, "{{v | upper}}",
                VariableValue.money(Money.of(amount, currency))));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = ';', value = {
        "ZH_CN; 1200000.00; CNY; ¥1,200,000.00",
        "ZH_CN; 999.99; CNY; ¥999.99",
        "ZH_CN; 12500.00; USD; USD 12,500.00",
        "EN; 12500.00; USD; USD 12,500.00",
        "EN; 1200000.00; CNY; CNY 1,200,000.00",
        "EN; 1000; JPY; JPY 1,000",
        "EN; 0.00; EUR; EUR 0.00"
    })
    void money_byLocale_usesYuanSymbolOnlyInChineseDocuments(ContractLocale locale, String amount, String currency,
            String expected) {
        assertEquals(expected, one(locale, VariableType.MONEY, "{{v}}", VariableValue.money(Money.of(amount, currency))));
        assertEquals(expected, one(locale, VariableType.MONEY, "{{v | money}}",
                VariableValue.money(Money.of(amount, currency))));
    }

    @Test
    void amount_format_groupsWithoutCurrency() {
        assertEquals("1,200,000.00", one(ContractLocale.EN, VariableType.MONEY, "{{v | amount}}",
                VariableValue.money(Money.of("1200000.00", "CNY"))));
        assertEquals("1,234,567", one(ContractLocale.EN, VariableType.INTEGER, "{{v | amount}}", VariableValue.integer(1234567)));
        assertEquals("1234567", one(ContractLocale.EN, VariableType.INTEGER, "{{v}}", VariableValue.integer(1234567)));
        assertEquals("1,234,567.5", one(ContractLocale.EN, VariableType.DECIMAL, "{{v | amount}}",
                VariableValue.decimal("1234567.5")));
        assertEquals("2.5", one(ContractLocale.EN, VariableType.DECIMAL, "{{v}}", VariableValue.decimal("2.50")));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "ZH_CN; 2026-11-22; 2026年11月22日",
        "ZH_CN; 2027-01-05; 2027年1月5日",
        "EN; 2026-11-22; 22 November 2026",
        "EN; 2027-01-05; 5 January 2027",
        "EN; 2028-02-29; 29 February 2028"
    })
    void date_byLocale(ContractLocale locale, String date, String expected) {
        assertEquals(expected, one(locale, VariableType.DATE, "{{v}}", VariableValue.date(LocalDate.parse(date))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {"5; 5%", "2.50; 2.5%", "10.00; 10%", "100; 100%", "0.125; 0.125%"})
    void percent_dropsTrailingZeros(String percent, String expected) {
        assertEquals(expected, one(ContractLocale.EN, VariableType.PERCENT, "{{v}}", VariableValue.percent(percent)));
        assertEquals(expected, one(ContractLocale.ZH_CN, VariableType.PERCENT, "{{v | percent}}",
                VariableValue.percent(percent)));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "EN; P30D; 30 days",
        "EN; P1D; 1 day",
        "EN; P1Y6M; 1 year and 6 months",
        "EN; P1Y2M3D; 1 year, 2 months and 3 days",
        "EN; P0D; 0 days",
        "ZH_CN; P1Y6M; 1年6个月",
        "ZH_CN; P30D; 30日",
        "ZH_CN; P3M; 3个月"
    })
    void duration_byLocale(ContractLocale locale, String period, String expected) {
        assertEquals(expected, one(locale, VariableType.DURATION, "{{v}}", VariableValue.duration(Period.parse(period))));
    }

    @Test
    void boolean_byLocale() {
        assertEquals("yes", one(ContractLocale.EN, VariableType.BOOLEAN, "{{v}}", VariableValue.bool(true)));
        assertEquals("no", one(ContractLocale.EN, VariableType.BOOLEAN, "{{v}}", VariableValue.bool(false)));
        assertEquals("是", one(ContractLocale.ZH_CN, VariableType.BOOLEAN, "{{v}}", VariableValue.bool(true)));
        assertEquals("否", one(ContractLocale.ZH_CN, VariableType.BOOLEAN, "{{v}}", VariableValue.bool(false)));
    }

    @Test
    void party_printsNameByDefaultAndFieldsByPath() {
        VariableValue party = VariableValue.party(new PartyDetails("甲公司", "上海", "张三", "91310000MA1K00000X"));
        assertEquals("甲公司 / 上海 / 张三 / 91310000MA1K00000X", one(ContractLocale.ZH_CN, VariableType.PARTY,
                "{{v}} / {{v.address}} / {{v.representative}} / {{v.registrationNumber}}", party));
        // A missing optional field prints nothing.
        assertEquals("[]", one(ContractLocale.EN, VariableType.PARTY, "[{{v.address}}]",
                VariableValue.party(PartyDetails.named("Acme"))));
    }

    @Test
    void chineseNumbering_countsArticlesInChineseNumerals() {
        List<Section> sections = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            sections.add(Section.text("a" + i, "条款" + i, "正文"));
        }
        TemplateVersion template = new TemplateVersion(TemplateId.of("zh"), 1, TemplateStatus.PUBLISHED,
                ContractTypeId.of("test"), ContractLocale.ZH_CN, "合同", VariableSchema.of(), sections,
                Applicability.anywhere());

        ComposedDocument doc = TemplateComposer.of(ClauseLibrary.empty())
                .compose(CompositionRequest.of(template, VariableValues.none()));

        assertEquals("第一条", doc.numbering().get("a1"));
        assertEquals("第十条", doc.numbering().get("a10"));
        assertEquals("第十一条", doc.numbering().get("a11"));
        assertEquals("第二十条", doc.numbering().get("a20"));
        assertEquals("第二十一条", doc.numbering().get("a21"));
    }
}
