package io.pactum.core.template;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a template version applies, for {@link TemplateRecommender}. An empty list or a
 * {@code null} bound means "any".
 *
 * @param regions region codes it is written for ({@code CN}, {@code US}...); empty for any
 * @param counterpartyKinds kinds of counterparty ({@code enterprise}, {@code government}...); empty for any
 * @param minAmount the smallest contract amount it is meant for, inclusive, or {@code null}
 * @param maxAmount the largest contract amount it is meant for, inclusive, or {@code null}
 */
public record Applicability(List<String> regions, List<String> counterpartyKinds, @Nullable Money minAmount,
        @Nullable Money maxAmount) {

    /** Copies the lists and checks that the bounds share a currency and are in order. */
    public Applicability {
        regions = List.copyOf(regions);
        counterpartyKinds = List.copyOf(counterpartyKinds);
        if (minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) > 0) {
            throw new PactumException(CoreError.OUT_OF_RANGE, "minAmount", "minAmount is above maxAmount");
        }
    }

    /** Applies everywhere, to any amount. */
    public static Applicability anywhere() {
        return new Applicability(List.of(), List.of(), null, null);
    }
}
