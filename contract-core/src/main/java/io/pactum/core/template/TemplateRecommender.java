package io.pactum.core.template;

import io.pactum.core.money.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Ranks the templates that apply to a contract to be drafted. A template applies when it has a
 * published version for the contract type whose amount range (if any) contains the amount and
 * whose region and counterparty lists (if any) contain the query's. Among those, a template that
 * names the region or counterparty kind beats one that applies to any (+2 each), and one with an
 * amount range that contains the amount beats one without (+1); ties go to the template id. Every
 * point comes with its reason. Stateless and thread-safe.
 */
public final class TemplateRecommender {

    private TemplateRecommender() {
    }

    /**
     * Ranks the applicable templates, best first.
     *
     * @param catalog the templates to choose from
     * @param query the contract to be drafted
     * @return the applicable templates' latest published versions with scores and reasons; empty when none applies
     */
    public static List<Recommendation> recommend(List<Template> catalog, RecommendationQuery query) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(query, "query");
        List<Recommendation> out = new ArrayList<>();
        for (Template t : catalog) {
            Optional<TemplateVersion> published = t.latestPublished();
            if (published.isEmpty() || !published.get().contractType().equals(query.contractType())) {
                continue;
            }
            TemplateVersion v = published.get();
            Applicability a = v.applicability();
            List<String> reasons = new ArrayList<>();
            reasons.add("published version " + v.version() + " for contract type " + query.contractType());
            int score = 0;
            if (!a.regions().isEmpty()) {
                if (query.region() == null || !a.regions().contains(query.region())) {
                    continue;
                }
                score += 2;
                reasons.add("written for region " + query.region());
            } else {
                reasons.add("applies in any region");
            }
            if (!a.counterpartyKinds().isEmpty()) {
                if (query.counterpartyKind() == null || !a.counterpartyKinds().contains(query.counterpartyKind())) {
                    continue;
                }
                score += 2;
                reasons.add("written for " + query.counterpartyKind() + " counterparties");
            } else {
                reasons.add("applies to any counterparty");
            }
            if (a.minAmount() != null || a.maxAmount() != null) {
                Money amount = query.amount();
                if (amount == null || !within(amount, a)) {
                    continue;
                }
                score += 1;
                reasons.add("amount " + amount + " is within " + range(a));
            }
            out.add(new Recommendation(v, score, reasons));
        }
        out.sort(Comparator.comparingInt(Recommendation::score).reversed()
                .thenComparing(r -> r.template().templateId().value()));
        return List.copyOf(out);
    }

    private static boolean within(Money amount, Applicability a) {
        if (a.minAmount() != null && (!a.minAmount().currency().equals(amount.currency())
                || amount.compareTo(a.minAmount()) < 0)) {
            return false;
        }
        return a.maxAmount() == null || a.maxAmount().currency().equals(amount.currency())
                && amount.compareTo(a.maxAmount()) <= 0;
    }

    private static String range(Applicability a) {
        return "[" + (a.minAmount() == null ? "any" : a.minAmount().toString()) + ", "
                + (a.maxAmount() == null ? "any" : a.maxAmount().toString()) + "]";
    }
}
