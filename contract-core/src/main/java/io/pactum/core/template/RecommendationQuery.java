package io.pactum.core.template;

import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.money.Money;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a contract to be drafted looks like, for {@link TemplateRecommender}.
 *
 * @param contractType the contract type; only templates of this type apply
 * @param amount the contract amount, or {@code null} when not known yet
 * @param counterpartyKind the kind of counterparty ({@code enterprise}, {@code government}...), or {@code null}
 * @param region the region code ({@code CN}, {@code US}...), or {@code null}
 */
public record RecommendationQuery(ContractTypeId contractType, @Nullable Money amount,
        @Nullable String counterpartyKind, @Nullable String region) {

    /** Checks the contract type. */
    public RecommendationQuery {
        Objects.requireNonNull(contractType, "contractType");
    }
}
