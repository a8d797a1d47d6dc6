package io.pactum.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.clause.ClauseCategory;
import io.pactum.core.clause.ClauseId;
import io.pactum.core.clause.RiskLevel;
import io.pactum.core.error.PactumException;
import io.pactum.core.error.ValidationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Composes the three example contracts end to end. The expected documents in
 * src/test/resources/templates/{service-zh,nda-en,sales-en}/expected.md were written by hand from the
 * template texts and values.json, not captured from the code.
 */
class EndToEndCompositionTest {

    private final TemplateComposer composer = TemplateComposer.of(Fixtures.library());

    @Test
    void compose_chineseServiceContract_matchesHandWrittenDocument() {
        ComposedDocument doc = composer.compose(Fixtures.request("service-zh"));

        assertEquals(Fixtures.read("service-zh/expected.md"), doc.markdown());
        assertTrue(doc.deviations().isStandard());
        assertEquals(RiskLevel.NONE, doc.deviations().highestRisk());
        // Clauses in document order with the versions used: confidentiality v1 is retired, so v2.
        assertEquals(List.of("payment", "confidentiality", "liability", "dispute"),
                doc.clauses().stream().map(ClauseUse::anchor).toList());
        ClauseUse confidentiality = doc.clauses().get(1);
        assertEquals(ClauseId.of("zh.confidentiality"), confidentiality.clauseId());
        assertEquals(2, confidentiality.version());
        assertEquals("第五条", confidentiality.number());
        assertEquals("4.1", doc.clauses().get(0).number());
    }

    @Test
    void compose_chineseServiceWithoutOnsiteSupport_renumbersFollowingArticlesAndKeepsReferences() {
        CompositionRequest request = Fixtures.request("service-zh");
        request = request.withValues(request.values().with("onsiteSupport", VariableValue.bool(false)));

        ComposedDocument doc = composer.compose(request);

        assertFalse(doc.markdown().contains("现场支持"));
        // 现场支持 was 第七条: 争议解决 moves from 第八条 to 第七条, 其他 from 第九条 to 第八条.
        assertTrue(doc.markdown().contains("## 第七条 争议解决\n"));
        assertTrue(doc.markdown().contains("## 第八条 其他\n"));
        assertEquals("第七条", doc.numbering().get("dispute"));
        // References before the removed article are unchanged.
        assertTrue(doc.markdown().contains("验收按第三条进行。"));
        assertTrue(doc.markdown().contains("不超过第4.1款约定的合同总价。"));
    }

    @Test
    void compose_chineseServiceWithoutRetention_dropsRetentionParagraph() {
        CompositionRequest request = Fixtures.request("service-zh");
        request = request.withValues(request.values().with("retentionRate", VariableValue.percent("0")));

        ComposedDocument doc = composer.compose(request);

        assertFalse(doc.markdown().contains("无息支付"));
        assertTrue(doc.markdown().contains("于2028年6月30日前支付；\n\n### 4.2 发票"));
    }

    @Test
    void compose_fallbackWithExtraApproval_isReportedWithCategoryAndRisk() {
        ComposedDocument doc = composer.compose(Fixtures.request("service-zh")
                .withVariant("liability", "cap-2x")
                .withVariant("dispute", "arbitration"));

        DeviationReport report = doc.deviations();
        assertEquals(Set.of(ClauseCategory.LIABILITY_CAP, ClauseCategory.DISPUTE_RESOLUTION),
                report.categoriesWithFallback());
        assertTrue(report.requiresExtraApproval());
        assertEquals(RiskLevel.HIGH, report.highestRisk());
        assertEquals(List.of("liability", "dispute"), report.fallbacks().stream().map(FallbackChoice::anchor).toList());
        assertTrue(doc.markdown().contains("不超过第4.1款约定的合同总价的两倍。"));
        assertTrue(doc.markdown().contains("提交上海国际仲裁中心仲裁。"));
    }

    @Test
    void compose_lowRiskFallbackOnly_doesNotNeedExtraApproval() {
        ComposedDocument doc = composer.compose(Fixtures.request("service-zh").withVariant("dispute", "arbitration"));

        assertFalse(doc.deviations().requiresExtraApproval());
        assertEquals(RiskLevel.MEDIUM, doc.deviations().highestRisk());
    }

    @Test
    void compose_freeEdit_isRecordedWithLineDiffAgainstStandard() {
        ComposedDocument doc = composer.compose(Fixtures.request("service-zh")
                .withEdit("confidentiality", "双方应对在履行本合同过程中知悉的对方商业秘密和其他保密信息承担保密义务，保密期限为本合同终止后{{confidentialityYears}}年。\n"
                        + "违反保密义务的一方应支付违约金{{totalPrice}}。"));

        DeviationReport report = doc.deviations();
        assertEquals(Set.of(ClauseCategory.CONFIDENTIALITY), report.editedCategories());
        ClauseEdit edit = report.edits().get(0);
        // The first line is the standard text as rendered (3年); the second was added.
        assertEquals(List.of("违反保密义务的一方应支付违约金¥1,200,000.00。"), edit.addedLines());
        assertEquals(List.of(), edit.removedLines());
        assertEquals(DiffLine.Change.SAME, edit.diff().get(0).change());
        assertEquals(RiskLevel.HIGH, report.highestRisk());
        assertTrue(doc.clauses().get(1).edited());
    }

    @Test
    void compose_omittedMandatorySection_isReportedMissing() {
        ComposedDocument doc = composer.compose(Fixtures.request("service-zh").omitting("liability"));

        assertEquals(Set.of(ClauseCategory.LIABILITY_CAP), doc.deviations().missingMandatoryCategories());
        assertEquals("责任限制", doc.deviations().missingMandatory().get(0).heading());
        assertFalse(doc.markdown().contains("责任限制"));
    }

    @Test
    void compose_omittedGroup_reportsItsMandatoryChildMissing() {
        // "fees" is not mandatory, but its child "payment" is; liability refers to payment, so leave it out too.
        ComposedDocument doc = composer.compose(Fixtures.request("service-zh").omitting("fees").omitting("liability"));

        assertEquals(List.of("payment", "liability"),
                doc.deviations().missingMandatory().stream().map(MissingClause::anchor).toList());
        assertEquals(Set.of(ClauseCategory.PAYMENT, ClauseCategory.LIABILITY_CAP),
                doc.deviations().missingMandatoryCategories());
        assertEquals("第四条", doc.numbering().get("confidentiality"));
    }

    @Test
    void compose_omittingReferencedSection_reportsBrokenReference() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> composer.compose(Fixtures.request("service-zh").omitting("acceptance")));

        assertEquals(1, e.violations().size());
        assertEquals("sections.scope", e.violations().get(0).path());
        assertEquals(TemplateError.BROKEN_REFERENCE, e.violations().get(0).code());
    }

    @Test
    void compose_mutualNda_matchesHandWrittenDocument() {
        ComposedDocument doc = composer.compose(Fixtures.request("nda-en"));

        assertEquals(Fixtures.read("nda-en/expected.md"), doc.markdown());
        assertEquals(List.of("cover", "introduction", "definition", "use", "exceptions", "permitted", "representatives",
                "required-by-law", "term", "governing-law", "equitable-relief"), List.copyOf(doc.numbering().keySet()));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "6.1", "6.2", "7", "8", "9"),
                List.copyOf(doc.numbering().values()));
    }

    @Test
    void compose_mutualNda_htmlIsEscaped() {
        ComposedDocument doc = composer.compose(Fixtures.request("nda-en"));

        assertTrue(doc.html().startsWith("<article lang=\"en\">\n<h1>Mutual Non-Disclosure Agreement</h1>\n"
                + "<section id=\"cover\">\n<h2>1. Cover Page</h2>\n<p>- Party 1: Acme Robotics, Inc., 100 Main Street, "
                + "Springfield<br>\n- Party 2: Smith &amp; Jones LLP, 5 Harbour Road, Bristol<br>\n"));
        assertTrue(doc.html().contains("<p>This Mutual Non-Disclosure Agreement (&quot;NDA&quot;) is designed"));
        assertTrue(doc.html().contains("<section id=\"representatives\">\n<h3>6.1 Representatives</h3>\n"));
        assertFalse(doc.html().contains("Smith & Jones"));
    }

    @Test
    void compose_mutualNdaWithFixedTermFallback_needsExtraApproval() {
        ComposedDocument doc = composer.compose(Fixtures.request("nda-en").withVariant("term", "fixed-term"));

        assertTrue(doc.deviations().requiresExtraApproval());
        assertEquals(Set.of(ClauseCategory.TERMINATION), doc.deviations().categoriesWithFallback());
        assertTrue(doc.markdown().contains("Neither party may terminate this NDA early."));
    }

    @Test
    void compose_salesContract_matchesHandWrittenDocumentWithLineItemTable() {
        ComposedDocument doc = composer.compose(Fixtures.request("sales-en"));

        assertEquals(Fixtures.read("sales-en/expected.md"), doc.markdown());
    }

    @Test
    void compose_salesContract_htmlRendersLineItemsAsTable() {
        ComposedDocument doc = composer.compose(Fixtures.request("sales-en"));

        assertTrue(doc.html().contains("<table>\n"
                + "<tr><th>No.</th><th>Description</th><th>Quantity</th><th>Unit price</th><th>Amount</th></tr>\n"
                + "<tr><td>1</td><td>Industrial router R-200</td><td>10</td><td>USD 1,250.00</td><td>USD 12,500.00</td></tr>\n"
                + "<tr><td>2</td><td>Managed switch S-48</td><td>4</td><td>USD 3,100.00</td><td>USD 12,400.00</td></tr>\n"
                + "<tr><td>3</td><td>Installation service</td><td>1</td><td>USD 2,600.00</td><td>USD 2,600.00</td></tr>\n"
                + "</table>\n<p>Total: USD 27,500.00</p>\n"));
    }

    @Test
    void compose_salesContract_plainTextHasNoHeadingMarks() {
        ComposedDocument doc = composer.compose(Fixtures.request("sales-en"));

        String expected = Fixtures.read("sales-en/expected.md").replace("## ", "").replace("# Sales", "Sales");
        assertEquals(expected, doc.plainText());
    }

    @Test
    void compose_salesContractWithoutDeliveryDuty_takesElseBranch() {
        CompositionRequest request = Fixtures.request("sales-en");
        request = request.withValues(request.values().with("incoterm", VariableValue.text("FCA"))
                .without("depositRate"));

        ComposedDocument doc = composer.compose(request);

        assertTrue(doc.markdown().contains("deliver the goods FCA Hamburg no later than 15 January 2027. "
                + "The Buyer bears all import duties and taxes."));
        assertTrue(doc.markdown().contains("within 30 days of delivery. Claims under Section 5"));
    }

    @Test
    void compose_fingerprint_isSha256OfMarkdown() throws Exception {
        ComposedDocument doc = composer.compose(Fixtures.request("sales-en"));

        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(Fixtures.read("sales-en/expected.md").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(java.util.HexFormat.of().formatHex(digest), doc.fingerprint());
    }

    @Test
    void compose_retiredTemplateVersion_isRefused() {
        TemplateVersion retired = Fixtures.template("nda-en").version(1).orElseThrow();

        PactumException e = assertThrows(PactumException.class,
                () -> composer.compose(CompositionRequest.of(retired, VariableValues.builder().text("purpose", "x").build())));

        assertEquals(TemplateError.NOT_PUBLISHED, e.errorCode());
    }

    @Test
    void compose_draftTemplateVersion_isRefused() {
        TemplateVersion draft = Fixtures.published("sales-en").withStatus(TemplateStatus.DRAFT);

        CompositionRequest request = CompositionRequest.of(draft, Fixtures.values("sales-en"));

        PactumException e = assertThrows(PactumException.class, () -> composer.compose(request));

        assertEquals(TemplateError.NOT_PUBLISHED, e.errorCode());
    }

    @Test
    void compose_sectionPinnedToRetiredClauseVersion_isRefused() {
        TemplateVersion template = Fixtures.published("service-zh");
        List<Section> sections = template.sections().stream()
                .map(s -> s.anchor().equals("confidentiality")
                        ? new Section("confidentiality", null, ClauseRef.pinned("zh.confidentiality", 1), null, null,
                                false, List.of())
                        : s)
                .toList();

        ValidationException e = assertThrows(ValidationException.class, () -> composer.compose(
                CompositionRequest.of(template.withSections(sections), Fixtures.values("service-zh"))));

        assertEquals(TemplateError.CLAUSE_RETIRED, e.violations().get(0).code());
        assertEquals("sections.confidentiality.clause", e.violations().get(0).path());
    }

    @Test
    void compose_unknownVariantAndUnknownSection_areReportedTogether() {
        ValidationException e = assertThrows(ValidationException.class, () -> composer.compose(
                Fixtures.request("sales-en").withVariant("warranty", "lifetime").withEdit("nowhere", "x")));

        assertEquals(List.of("edits.nowhere", "variants.warranty"),
                e.violations().stream().map(v -> v.path()).sorted().toList());
    }

    @Test
    void check_exampleTemplates_haveNoProblems() {
        for (String folder : List.of("service-zh", "nda-en", "sales-en")) {
            assertEquals(List.of(), composer.check(Fixtures.published(folder)), folder);
        }
    }
}
