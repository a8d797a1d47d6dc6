package io.pactum.core.obligation;

import io.pactum.core.error.ValidationException;
import io.pactum.core.obligation.internal.PlanJson;
import java.util.Objects;

/**
 * Reads obligation plans from JSON through the strict {@code io.pactum.core.json} kit: unknown
 * properties, wrong types, missing values and the plan's own invariants are all reported together,
 * each with its JSON pointer.
 *
 * <pre>{@code
 * {"obligations": [
 *   {"id": "down-payment", "kind": "PAYMENT_IN", "stage": "DOWN_PAYMENT", "title": "30% on signature",
 *    "side": "COUNTERPARTY", "owner": {"role": "finance"}, "amount": {"percent": 30},
 *    "evidence": ["invoice"], "convention": "FOLLOWING",
 *    "due": {"kind": "afterEvent", "event": "SIGNATURE", "offset": {"amount": 10, "unit": "BUSINESS_DAYS"}}},
 *   {"id": "service-fee", "kind": "PAYMENT_IN", "stage": "RECURRING_FEE", "title": "monthly fee",
 *    "side": "COUNTERPARTY", "owner": {"person": "u-li"},
 *    "amount": {"fixed": {"amount": "1000.00", "currency": "CNY"}},
 *    "due": {"kind": "recurring", "start": {"kind": "onDate", "date": "2026-01-31"},
 *            "frequency": "MONTHLY", "count": 12, "lastDayOfMonth": true}}]}
 * }</pre>
 *
 * <p>{@code convention} defaults to {@code NONE}, {@code interval} to 1, {@code offset.monthEnd} to
 * {@code NONE}. Stateless and thread-safe.
 */
public final class ObligationPlans {

    private ObligationPlans() {
    }

    /**
     * Reads a plan.
     *
     * @throws ValidationException with every problem and its JSON pointer
     */
    public static ObligationPlan fromJson(String json) {
        Objects.requireNonNull(json, "json");
        return PlanJson.read(json);
    }

    /**
     * Writes a plan in the format {@link #fromJson(String)} reads; reading it back gives an equal plan.
     *
     * @return pretty-printed JSON
     */
    public static String toJson(ObligationPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return PlanJson.write(plan);
    }
}
