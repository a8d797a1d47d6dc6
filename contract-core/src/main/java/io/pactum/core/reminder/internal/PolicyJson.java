package io.pactum.core.reminder.internal;

import io.pactum.core.error.CoreError;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.json.JsonValueReader;
import io.pactum.core.reminder.EscalationStep;
import io.pactum.core.reminder.RecipientRole;
import io.pactum.core.reminder.ReminderPolicy;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** JSON mapping of reminder policies; not API. */
public final class PolicyJson {

    private PolicyJson() {
    }

    /** Reads a policy document. */
    public static ReminderPolicy read(String json) {
        return JsonInput.standard().read("reminder policy", json, root -> {
            String id = root.string("id");
            ZoneId zone = zone(root);
            LocalTime sendAt = sendAt(root);
            List<Period> leadTimes = periods(root.values("leadTimes"));
            List<RecipientRole> recipients = roles(root.values("recipients"));
            List<String> channels = root.strings("channels");
            List<EscalationStep> escalation = new ArrayList<>();
            boolean complete = true;
            for (JsonObjectReader e : root.optObjects("escalation")) {
                Period after = e.period("after");
                List<RecipientRole> who = roles(e.values("recipients"));
                List<String> how = e.strings("channels");
                EscalationStep step = after == null ? null : e.build(() -> new EscalationStep(after, who, how));
                if (step == null) {
                    complete = false;
                } else {
                    escalation.add(step);
                }
            }
            if (id == null || zone == null || sendAt == null || !complete) {
                return null;
            }
            return root.build(() -> new ReminderPolicy(id, leadTimes, recipients, channels, sendAt, zone, escalation));
        });
    }

    private static @Nullable ZoneId zone(JsonObjectReader root) {
        String s = root.string("zone");
        if (s == null) {
            return null;
        }
        try {
            return ZoneId.of(s);
        } catch (DateTimeException e) {
            root.error("zone", CoreError.JSON_BAD_VALUE, "\"" + abbreviate(s) + "\" is not a time zone such as Asia/Shanghai");
            return null;
        }
    }

    private static @Nullable LocalTime sendAt(JsonObjectReader root) {
        String s = root.string("sendAt");
        if (s == null) {
            return null;
        }
        try {
            return LocalTime.parse(s);
        } catch (DateTimeParseException e) {
            root.error("sendAt", CoreError.JSON_BAD_VALUE, "\"" + abbreviate(s) + "\" is not a local time such as 09:00");
            return null;
        }
    }

    private static List<Period> periods(List<JsonValueReader> values) {
        List<Period> result = new ArrayList<>();
        for (JsonValueReader v : values) {
            String s = v.asString();
            if (s == null) {
                continue;
            }
            try {
                result.add(Period.parse(s));
            } catch (DateTimeParseException e) {
                v.error(CoreError.JSON_BAD_VALUE, "\"" + abbreviate(s) + "\" is not an ISO period such as P7D");
            }
        }
        return result;
    }

    private static List<RecipientRole> roles(List<JsonValueReader> values) {
        List<RecipientRole> result = new ArrayList<>();
        for (JsonValueReader v : values) {
            String s = v.asString();
            if (s == null) {
                continue;
            }
            RecipientRole role = null;
            for (RecipientRole r : RecipientRole.values()) {
                if (r.name().equals(s)) {
                    role = r;
                }
            }
            if (role == null) {
                v.error(CoreError.NOT_ALLOWED, "\"" + abbreviate(s)
                        + "\" is not a recipient role; expected OWNER, OWNER_MANAGER, CONTRACT_OWNER or DEPARTMENT_HEAD");
            } else {
                result.add(role);
            }
        }
        return result;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
