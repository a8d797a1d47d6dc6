package io.pactum.core.reminder;

import io.pactum.core.error.ValidationException;
import io.pactum.core.reminder.internal.PolicyJson;
import java.util.Objects;

/**
 * Reads reminder policies from JSON:
 * <pre>{@code
 * {"id": "standard", "zone": "Asia/Shanghai", "sendAt": "09:00",
 *  "leadTimes": ["P7D", "P3D", "P1D"], "recipients": ["OWNER"], "channels": ["email"],
 *  "escalation": [{"after": "P1D", "recipients": ["OWNER_MANAGER"], "channels": ["email"]},
 *                 {"after": "P7D", "recipients": ["DEPARTMENT_HEAD"]}]}
 * }</pre>
 * Every problem is reported with its JSON pointer. Stateless and thread-safe.
 */
public final class ReminderPolicies {

    private ReminderPolicies() {
    }

    /**
     * Reads a policy.
     *
     * @throws ValidationException with every problem and its JSON pointer
     */
    public static ReminderPolicy fromJson(String json) {
        Objects.requireNonNull(json, "json");
        return PolicyJson.read(json);
    }
}
