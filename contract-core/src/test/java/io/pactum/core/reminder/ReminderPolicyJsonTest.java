package io.pactum.core.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.ValidationException;
import io.pactum.core.obligation.ScheduleError;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading reminder policies from JSON, good and malformed. */
class ReminderPolicyJsonTest {

    @Test
    void fromJson_standardPolicy_equalsTheBuiltIn() {
        ReminderPolicy p = ReminderPolicies.fromJson("""
                {"id": "standard", "zone": "Asia/Shanghai", "sendAt": "09:00",
                 "leadTimes": ["P7D", "P3D", "P1D"], "recipients": ["OWNER"], "channels": ["email"],
                 "escalation": [{"after": "P1D", "recipients": ["OWNER_MANAGER"], "channels": ["email"]},
                                {"after": "P7D", "recipients": ["DEPARTMENT_HEAD"], "channels": ["email"]}]}
                """);
        assertEquals(ReminderPolicy.standard(ZoneId.of("Asia/Shanghai")), p);
    }

    @Test
    void fromJson_malformed_reportsEveryProblemWithItsPointer() {
        ValidationException e = assertThrows(ValidationException.class, () -> ReminderPolicies.fromJson("""
                {"id": "p", "zone": "Mars/Olympus", "sendAt": "9am",
                 "leadTimes": ["P7D", "seven days"], "recipients": ["OWNER", "CEO"],
                 "escalation": [{"after": "P0D", "recipients": ["OWNER_MANAGER"]}, {"recipients": []}],
                 "retries": 3}
                """));
        Set<String> got = e.violations().stream().map(v -> v.path() + " " + v.code().code()).collect(Collectors.toSet());
        assertEquals(Set.of(
                "/zone " + CoreError.JSON_BAD_VALUE.code(),
                "/sendAt " + CoreError.JSON_BAD_VALUE.code(),
                "/leadTimes/1 " + CoreError.JSON_BAD_VALUE.code(),
                "/recipients/1 " + CoreError.NOT_ALLOWED.code(),
                "/escalation/0/after " + ScheduleError.REMINDER_POLICY_INVALID.code(),
                "/escalation/1/after " + CoreError.REQUIRED.code(),
                "/retries " + CoreError.JSON_UNKNOWN_PROPERTY.code()), got);
    }

    @Test
    void fromJson_duplicateLeadTime_reportsThePolicyRule() {
        ValidationException e = assertThrows(ValidationException.class, () -> ReminderPolicies.fromJson("""
                {"id": "p", "zone": "UTC", "sendAt": "09:00", "leadTimes": ["P1D", "P1D"], "recipients": ["OWNER"]}
                """));
        assertEquals("/leadTimes/1", e.violations().get(0).path());
        assertEquals(ScheduleError.REMINDER_POLICY_INVALID, e.violations().get(0).code());
    }
}
