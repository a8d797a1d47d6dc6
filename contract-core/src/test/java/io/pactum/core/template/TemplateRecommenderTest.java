package io.pactum.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.clause.ContractLocale;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranking of applicable published templates with reasons. */
class TemplateRecommenderTest {

    private static Template generic(String id, ContractTypeId type, TemplateStatus status) {
        TemplateVersion v = new TemplateVersion(TemplateId.of(id), 1, status, type, ContractLocale.EN, "Service",
                VariableSchema.of(), List.of(Section.text("s", "S", "x")), Applicability.anywhere());
        return new Template(TemplateId.of(id), id, List.of(v));
    }

    private final List<Template> catalog = List.of(
            Fixtures.template("nda-en"),
            Fixtures.template("sales-en"),
            generic("service-generic", ContractTypeId.of("service"), TemplateStatus.PUBLISHED),
            generic("service-draft", ContractTypeId.of("service"), TemplateStatus.DRAFT),
            Fixtures.template("service-zh"));

    @Test
    void recommend_chineseEnterpriseService_ranksRegionalTemplateFirstWithReasons() {
        List<Recommendation> ranked = TemplateRecommender.recommend(catalog, new RecommendationQuery(
                ContractTypeId.of("service"), Money.of("1200000.00", "CNY"), "enterprise", "CN"));

        assertEquals(List.of("service-zh", "service-generic"),
                ranked.stream().map(r -> r.template().templateId().value()).toList());
        // region +2, counterparty +2, amount range +1.
        assertEquals(5, ranked.get(0).score());
        assertEquals(List.of("published version 1 for contract type service", "written for region CN",
                "written for enterprise counterparties", "amount CNY 1200000.00 is within [CNY 100000.00, CNY 5000000.00]"),
                ranked.get(0).reasons());
        assertEquals(0, ranked.get(1).score());
        assertEquals(List.of("published version 1 for contract type service", "applies in any region",
                "applies to any counterparty"), ranked.get(1).reasons());
    }

    @Test
    void recommend_amountBelowRange_excludesTemplate() {
        List<Recommendation> ranked = TemplateRecommender.recommend(catalog, new RecommendationQuery(
                ContractTypeId.of("service"), Money.of("50000.00", "CNY"), "enterprise", "CN"));

        assertEquals(List.of("service-generic"), ranked.stream().map(r -> r.template().templateId().value()).toList());
    }

    @Test
    void recommend_otherRegion_excludesRegionalTemplate() {
        List<Recommendation> ranked = TemplateRecommender.recommend(catalog, new RecommendationQuery(
                ContractTypeId.of("service"), Money.of("1200000.00", "CNY"), "enterprise", "US"));

        assertEquals(List.of("service-generic"), ranked.stream().map(r -> r.template().templateId().value()).toList());
    }

    @Test
    void recommend_nda_picksLatestPublishedVersionNotRetiredOne() {
        List<Recommendation> ranked = TemplateRecommender.recommend(catalog,
                new RecommendationQuery(ContractTypeId.of("nda"), null, null, null));

        assertEquals(1, ranked.size());
        assertEquals(2, ranked.get(0).template().version());
    }

    @Test
    void recommend_amountInOtherCurrency_isOutsideRange() {
        List<Recommendation> ranked = TemplateRecommender.recommend(catalog,
                new RecommendationQuery(ContractTypeId.of("sales"), Money.of("500.00", "EUR"), null, null));

        assertEquals(List.of(), ranked);
    }
}
