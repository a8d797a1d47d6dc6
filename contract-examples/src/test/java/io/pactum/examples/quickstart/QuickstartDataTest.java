package io.pactum.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.clause.Clause;
import io.pactum.core.clause.ClauseCategory;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.ValidationException;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.EventType;
import io.pactum.core.obligation.ObligationKind;
import io.pactum.core.obligation.ObligationScheduler;
import io.pactum.core.obligation.Schedule;
import io.pactum.core.obligation.ScheduleInput;
import io.pactum.core.obligation.ScheduledObligation;
import io.pactum.core.template.ComposedDocument;
import io.pactum.core.validation.ContractValidator;
import io.pactum.examples.quickstart.year.YearEvent;
import io.pactum.rules.approval.ApprovalRouter;
import io.pactum.rules.approval.Route;
import io.pactum.rules.facts.ContractFactsMapper;
import io.pactum.rules.facts.RateSource;
import io.pactum.rules.facts.RiskLevel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Period;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every shipped file loads through the library's readers, and the samples draft, route and schedule. */
class QuickstartDataTest {

    private static final QuickstartData DATA = QuickstartData.load();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalDate due(Schedule s, String key) {
        return s.find(key).orElseThrow(() -> new AssertionError("no obligation " + key)).dueDate();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void load_contractTypes_serviceNdaSalesWithTheirNumbering() {
        assertEquals(Set.of("service", "nda", "sales"),
                DATA.contractTypes().keySet().stream().map(ContractTypeId::value).collect(Collectors.toSet()));
        assertEquals("NDA-2026-000007",
                DATA.contractTypes().get(ContractTypeId.of("nda")).numbering().format(d("2026-03-01"), 7));
    }

    @Test
    void load_clauseLibrary_coversTheCoreCategoriesWithPreApprovedFallbacks() {
        Set<ClauseCategory> categories = DATA.clauses().clauses().stream().map(Clause::category).collect(Collectors.toSet());
        assertTrue(categories.containsAll(Set.of(ClauseCategory.PAYMENT, ClauseCategory.CONFIDENTIALITY,
                ClauseCategory.LIABILITY_CAP, ClauseCategory.INTELLECTUAL_PROPERTY, ClauseCategory.ACCEPTANCE,
                ClauseCategory.TERMINATION, ClauseCategory.DISPUTE_RESOLUTION, ClauseCategory.WARRANTY,
                ClauseCategory.GOVERNING_LAW)), categories::toString);
        // Payment, liability, IP, acceptance and termination each offer a reviewed alternative in Chinese.
        for (String id : List.of("zh.payment.milestones", "zh.liability.cap", "zh.ip", "zh.acceptance", "zh.termination")) {
            Clause clause = DATA.clauses().clauses().stream().filter(c -> c.id().value().equals(id)).findFirst().orElseThrow();
            assertTrue(clause.versions().get(0).variants().size() >= 2, id + " has no fallback variant");
        }
    }

    @Test
    void load_policies_reminderLeadTimesAndApprovalPolicyId() {
        assertEquals(List.of(Period.ofDays(7), Period.ofDays(3), Period.ofDays(1)), DATA.reminderPolicy().leadTimes());
        assertEquals("contract-approval", DATA.approvalPolicy().id());
        assertEquals(List.of("service-zh", "nda-en", "sales-en"), DATA.samples().stream().map(Sample::key).toList());
    }

    @Test
    void approvalPolicy_isThePolicyShownInTheApprovalGuide() throws Exception {
        String shipped = QuickstartResources.text("policies/approval-policy.json").strip();
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/approval.md"), StandardCharsets.UTF_8);
        assertTrue(doc.contains("```json\n" + shipped + "\n```"), "docs/approval.md must show the shipped policy unchanged");
    }

    @Test
    void samples_contracts_areValidForTheirTypes() {
        try (ContractValidator validator = ContractValidator.create()) {
            for (Sample s : DATA.samples()) {
                assertEquals(List.of(), validator.check(s.contract(), DATA.contractTypes().get(s.contract().type())), s.key());
            }
        }
    }

    @Test
    void templates_passTheAuthorChecks() {
        for (Sample s : DATA.samples()) {
            assertEquals(List.of(), DATA.composer().check(s.templateVersion()), s.key());
        }
    }

    @Test
    void compose_chineseServiceContract_articlesUppercaseAmountsRetentionAndFingerprint() {
        ComposedDocument doc = DATA.compose(DATA.sample("service-zh"));
        String md = doc.markdown();
        assertTrue(md.startsWith("# 技术服务合同\n"), md);
        assertTrue(md.contains("## 第一条 合同当事人"), md);
        assertTrue(md.contains("### 4.1 合同价款与支付方式"), md);
        assertTrue(md.contains("## 第十二条 其他"), md);
        assertTrue(md.contains("合同总价为¥1,200,000.00（大写：人民币壹佰贰拾万元整），含增值税，税率为6%。"), md);
        assertTrue(md.contains("1. 预付款：¥360,000.00，占合同总价的30%，于本合同签订后10个工作日内支付；"), md);
        assertTrue(md.contains("4. 质保金：¥120,000.00，占合同总价的10%，于质保期届满后支付；"), md);
        assertTrue(md.contains("质保金为合同总价的10%，即¥120,000.00（大写：人民币壹拾贰万元整），于质保期（1年）届满"), md);
        // Cross-references print the numbers these sections have in this document.
        assertTrue(md.contains("不超过第4.1款约定的合同总价"), md);
        assertTrue(md.contains("验收及付款期限按第三条和第4.1款的约定相应顺延"), md);
        assertEquals(sha256(md), doc.fingerprint());
        assertTrue(doc.deviations().isStandard());
    }

    @Test
    void compose_mutualNda_coverPageAndOptionalEquitableRelief() {
        ComposedDocument doc = DATA.compose(DATA.sample("nda-en"));
        String md = doc.markdown();
        assertTrue(md.contains("- Party 2: Acme Robotics, Inc., 100 Main Street, Springfield"), md);
        assertTrue(md.contains("- Effective Date: 2 February 2026"), md);
        assertTrue(md.contains("## 9. Equitable Relief"), md);
        assertTrue(md.contains("The laws of Singapore govern this agreement"), md);
        assertEquals(sha256(md), doc.fingerprint());
    }

    @Test
    void compose_salesContract_lineItemTableFromTheRepeatedSection() {
        ComposedDocument doc = DATA.compose(DATA.sample("sales-en"));
        String md = doc.markdown();
        assertTrue(md.contains("| 1 | Industrial router R-200 | 10 | USD 1,250.00 | USD 12,500.00 |\n"
                + "| 2 | Managed switch S-48 | 4 | USD 3,100.00 | USD 12,400.00 |\n"
                + "| 3 | Installation service | 1 | USD 2,600.00 | USD 2,600.00 |\n"), md);
        assertTrue(md.contains("Total: USD 27,500.00"), md);
        assertTrue(md.contains("The Seller bears all import duties and taxes."), md);
        assertTrue(doc.html().contains("<table>"), doc.html());
        assertEquals(64, doc.fingerprint().length());
    }

    @Test
    void approvalPolicy_passesTheOrganisationCheckAndRoutesTheServiceContract() {
        assertEquals(List.of(), ApprovalRouter.check(DATA.approvalPolicy(), QuickstartOrg.structure()));
        Sample service = DATA.sample("service-zh");
        ComposedDocument doc = DATA.compose(service);
        Route route = ApprovalRouter.compile(DATA.approvalPolicy()).route(
                ContractFactsMapper.from(service.contract(), DATA.contractTypes().get(service.contract().type()),
                        doc.deviations(), RiskLevel.LOW, UserId.of("u-zhang")),
                QuickstartOrg.structure(), RateSource.sameCurrencyOnly(), d("2026-01-06"));
        // 1,200,000 CNY: the department head, then finance and legal together.
        assertEquals(List.of("department", "finance-legal"), route.stageNames());
    }

    @Test
    void schedule_serviceContract_downPaymentTenBusinessDaysAfterSigningAndMonthEndReports() {
        Schedule s = DATA.schedule(DATA.sample("service-zh"));
        // Signed Fri 2026-01-09: Jan 12-16 and 19-23 are the ten business days.
        assertEquals(d("2026-01-23"), due(s, "down-payment#0"));
        assertEquals(Money.of("360000.00", "CNY"), s.find("down-payment#0").orElseThrow().amount());
        assertEquals(d("2026-06-30"), due(s, "progress#0"));
        assertEquals(d("2026-09-15"), due(s, "delivery#0"));
        // Month ends, moved back to a business day; Sat 2026-02-28 is a make-up working day (调休).
        assertEquals(List.of(d("2026-01-30"), d("2026-02-28"), d("2026-03-31"), d("2026-04-30"), d("2026-05-29"),
                d("2026-06-30"), d("2026-07-31"), d("2026-08-31"), d("2026-09-30"), d("2026-10-30"), d("2026-11-30"),
                d("2026-12-31")), s.obligations().stream().filter(o -> o.definition().id().equals("monthly-report"))
                .map(ScheduledObligation::dueDate).toList());
        assertEquals(Set.of("acceptance#0", "acceptance-payment#0", "retention#0"),
                s.pending().stream().map(ScheduledObligation::key).collect(Collectors.toSet()));
    }

    @Test
    void schedule_serviceContractAccepted_acceptancePaymentsAcrossNationalDayAndTheWholePriceAllocated() {
        Sample service = DATA.sample("service-zh");
        Schedule s = ObligationScheduler.using(DATA.calendar()).schedule(service.plan(), ScheduleInput.of(service.contract())
                .withEvent(EventType.SIGNATURE, service.signedOn())
                .withFulfilment("delivery", d("2026-09-15"))
                .withEvent(EventType.DELIVERY_ACCEPTED, d("2026-09-25")));
        // Delivered 09-15 + 10 days = Fri 09-25, the Mid-Autumn holiday (25-27): following is Mon 09-28.
        assertEquals(d("2026-09-28"), due(s, "acceptance#0"));
        // 15 business days after 09-25: 28-30 Sep, National Day off 1-7 Oct, 8, 9, Sat 10 worked, 12-16, 19-22 Oct.
        assertEquals(d("2026-10-22"), due(s, "acceptance-payment#0"));
        // Twelve months after acceptance: Sat 2027-09-25 moves to Monday.
        assertEquals(d("2027-09-27"), due(s, "retention#0"));
        assertEquals(Money.of("1200000.00", "CNY"), s.total(ObligationKind.PAYMENT_IN, service.contract().value().currency()));
        assertEquals(List.of(), s.pending());
    }

    @Test
    void schedule_salesContract_depositCountsTheWorkedSaturdayAndBalanceFollowsDelivery() {
        Sample sales = DATA.sample("sales-en");
        Schedule s = ObligationScheduler.using(DATA.calendar()).schedule(sales.plan(), ScheduleInput.of(sales.contract())
                .withEvent(EventType.SIGNATURE, sales.signedOn()).withFulfilment("delivery", d("2026-04-14")));
        // Signed Fri 2026-02-27; Sat 02-28 is worked, then 2-5 March.
        assertEquals(d("2026-03-05"), due(s, "deposit#0"));
        assertEquals(Money.of("5500.00", "USD"), s.find("deposit#0").orElseThrow().amount());
        assertEquals(d("2026-04-21"), due(s, "acceptance#0"));
        assertEquals(d("2026-05-14"), due(s, "balance#0"));
        assertEquals(Money.of("22000.00", "USD"), s.find("balance#0").orElseThrow().amount());
    }

    @Test
    void schedule_nda_semiAnnualCertificatesAndReturnOfMaterials() {
        Schedule s = DATA.schedule(DATA.sample("nda-en"));
        assertEquals(d("2026-07-31"), due(s, "compliance-certificate#0"));
        // Sun 2027-01-31 follows to Monday.
        assertEquals(d("2027-02-01"), due(s, "compliance-certificate#1"));
        assertEquals(d("2027-02-02"), due(s, "return-materials#0"));
    }

    @Test
    void yearScript_everyEventNamesASampleContractAndAnObligationOfItsPlan() {
        Map<String, Sample> byNumber = DATA.samples().stream().collect(Collectors.toMap(s -> s.contract().number(), s -> s));
        assertEquals(2026, DATA.year().year().getValue());
        for (YearEvent e : DATA.year().events()) {
            Sample sample = byNumber.get(e.contract());
            assertTrue(sample != null, () -> "unknown contract " + e.contract());
            String key = e.obligation();
            if (key != null) {
                String id = key.substring(0, key.indexOf('#'));
                assertTrue(sample.plan().find(id).isPresent(), () -> e + " names no obligation of the plan");
            }
            Money amount = e.amount();
            if (amount != null) {
                assertEquals(sample.contract().value().currency(), amount.currency(), e::toString);
            }
        }
        // Every sample is signed on its signature date before anything else happens to it.
        for (Sample s : DATA.samples()) {
            YearEvent first = DATA.year().events().stream().filter(e -> e.contract().equals(s.contract().number()))
                    .findFirst().orElseThrow();
            assertEquals(YearEvent.Kind.SIGNATURE, first.kind());
            assertEquals(s.signedOn(), first.on());
        }
    }

    @Test
    void readSamples_sameKeyTwice_isDuplicateAtTheSecondKey() {
        String twice = QuickstartResources.text("samples.json").replace("\"key\": \"nda-en\"", "\"key\": \"service-zh\"");
        ValidationException e = assertThrows(ValidationException.class, () -> QuickstartData.readSamples(twice));
        assertEquals(List.of("/samples/1/key " + CoreError.DUPLICATE.code()),
                e.violations().stream().map(v -> v.path() + " " + v.code().code()).toList());
    }
}
