package io.pactum.core.obligation.internal;

import io.pactum.core.calendar.BusinessDayConvention;
import io.pactum.core.error.CoreError;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.json.JsonObjectWriter;
import io.pactum.core.json.JsonOutput;
import io.pactum.core.obligation.AmountRule;
import io.pactum.core.obligation.DueRule;
import io.pactum.core.obligation.EventRef;
import io.pactum.core.obligation.EventType;
import io.pactum.core.obligation.Frequency;
import io.pactum.core.obligation.ObligationDefinition;
import io.pactum.core.obligation.ObligationKind;
import io.pactum.core.obligation.ObligationPlan;
import io.pactum.core.obligation.Offset;
import io.pactum.core.obligation.Owner;
import io.pactum.core.obligation.PaymentStage;
import io.pactum.core.obligation.Recurrence;
import io.pactum.core.obligation.Side;
import io.pactum.core.money.Money;
import io.pactum.core.contract.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** JSON mapping of obligation plans; not API. */
public final class PlanJson {

    private PlanJson() {
    }

    /** Reads a plan document. */
    public static ObligationPlan read(String json) {
        return JsonInput.standard().read("obligation plan", json, PlanJson::plan);
    }

    /** Reads a plan from an object with an {@code obligations} array (a document root, or a plan nested in another). */
    public static @Nullable ObligationPlan plan(JsonObjectReader root) {
        List<JsonObjectReader> items = root.objects("obligations");
        List<ObligationDefinition> defs = new ArrayList<>();
        boolean complete = true;
        for (JsonObjectReader o : items) {
            ObligationDefinition d = definition(o);
            if (d == null) {
                complete = false;
            } else {
                defs.add(d);
            }
        }
        if (!complete) {
            return null;
        }
        return root.build(() -> new ObligationPlan(defs));
    }

    /** Reads one plan line. */
    public static @Nullable ObligationDefinition definition(JsonObjectReader o) {
        String id = o.string("id");
        ObligationKind kind = o.enumValue("kind", ObligationKind.class);
        PaymentStage stage = o.has("stage") ? o.enumValue("stage", PaymentStage.class) : null;
        String title = o.string("title");
        Side side = o.enumValue("side", Side.class);
        Owner owner = owner(o);
        AmountRule amount = o.has("amount") ? amount(o) : null;
        List<String> evidence = o.strings("evidence");
        JsonObjectReader dueReader = o.object("due");
        DueRule due = dueReader == null ? null : dueRule(dueReader, true);
        BusinessDayConvention convention = o.enumValue("convention", BusinessDayConvention.class,
                BusinessDayConvention.NONE);
        if (id == null || kind == null || title == null || side == null || owner == null || due == null
                || (o.has("stage") && stage == null) || (o.has("amount") && amount == null)) {
            return null;
        }
        return o.build(() -> new ObligationDefinition(id, kind, stage, title, side, owner, amount, evidence, due,
                convention));
    }

    private static @Nullable Owner owner(JsonObjectReader o) {
        JsonObjectReader r = o.object("owner");
        if (r == null) {
            return null;
        }
        String person = r.optString("person");
        String role = r.optString("role");
        if ((person == null) == (role == null)) {
            r.error("", CoreError.REQUIRED, "give exactly one of \"person\" and \"role\"");
            return null;
        }
        return person != null ? r.build("person", () -> Owner.person(UserId.of(person)))
                : r.build("role", () -> Owner.role(role));
    }

    private static @Nullable AmountRule amount(JsonObjectReader o) {
        JsonObjectReader r = o.object("amount");
        if (r == null) {
            return null;
        }
        boolean hasPercent = r.has("percent");
        boolean hasFixed = r.has("fixed");
        if (hasPercent == hasFixed) {
            r.error("", CoreError.REQUIRED, "give exactly one of \"percent\" and \"fixed\"");
            return null;
        }
        if (hasPercent) {
            BigDecimal p = r.decimal("percent");
            return p == null ? null : r.build("percent", () -> new AmountRule.PercentOfContract(p));
        }
        Money m = r.money("fixed");
        return m == null ? null : r.build("fixed", () -> new AmountRule.Fixed(m));
    }

    private static @Nullable DueRule dueRule(JsonObjectReader r, boolean allowRecurring) {
        Function<JsonObjectReader, @Nullable DueRule> onDate = x -> {
            LocalDate date = x.date("date");
            return date == null ? null : DueRule.onDate(date);
        };
        Function<JsonObjectReader, @Nullable DueRule> afterEvent = PlanJson::afterEvent;
        Function<JsonObjectReader, @Nullable DueRule> recurring = PlanJson::recurring;
        return allowRecurring ? r.kind(Map.of("onDate", onDate, "afterEvent", afterEvent, "recurring", recurring))
                : r.kind(Map.of("onDate", onDate, "afterEvent", afterEvent));
    }

    private static @Nullable DueRule afterEvent(JsonObjectReader x) {
        EventType type = x.enumValue("event", EventType.class);
        String obligation = x.optString("obligation");
        JsonObjectReader off = x.optObject("offset");
        Offset offset = off == null ? Offset.NONE : offset(off);
        if (type == null || offset == null) {
            return null;
        }
        EventRef ref = x.build("obligation", () -> new EventRef(type, obligation));
        return ref == null ? null : DueRule.after(ref, offset);
    }

    private static @Nullable Offset offset(JsonObjectReader r) {
        Long amount = r.integer("amount", -36_500, 36_500);
        Offset.Unit unit = r.enumValue("unit", Offset.Unit.class);
        Offset.MonthEnd monthEnd = r.enumValue("monthEnd", Offset.MonthEnd.class, Offset.MonthEnd.NONE);
        if (amount == null || unit == null) {
            return null;
        }
        return r.build(() -> new Offset(amount.intValue(), unit, monthEnd));
    }

    private static @Nullable DueRule recurring(JsonObjectReader x) {
        JsonObjectReader startReader = x.object("start");
        DueRule start = startReader == null ? null : dueRule(startReader, false);
        Frequency frequency = x.enumValue("frequency", Frequency.class);
        Long interval = x.optInteger("interval", 1, 1000);
        Long count = x.optInteger("count", 1, Recurrence.MAX_OCCURRENCES);
        LocalDate until = x.optDate("until");
        Long day = x.optInteger("dayOfMonth", 1, 31);
        boolean last = x.bool("lastDayOfMonth", false);
        if (start == null || frequency == null) {
            return null;
        }
        Recurrence recurrence = x.build(() -> new Recurrence(frequency, interval == null ? 1 : interval.intValue(),
                count == null ? null : count.intValue(), until, day == null ? null : day.intValue(), last));
        return recurrence == null ? null : DueRule.recurring(start, recurrence);
    }

    /** Writes a plan document. */
    public static String write(ObligationPlan plan) {
        return JsonOutput.pretty().write(w -> writePlan(w, plan));
    }

    /** Writes a plan's {@code obligations} array into an object. */
    public static void writePlan(JsonObjectWriter w, ObligationPlan plan) {
        w.objects("obligations", plan.obligations(), PlanJson::writeDefinition);
    }

    /** Writes one plan line's properties into an object. */
    public static void writeDefinition(JsonObjectWriter w, ObligationDefinition d) {
        w.string("id", d.id()).enumValue("kind", d.kind());
        if (d.stage() != null) {
            w.enumValue("stage", d.stage());
        }
        w.string("title", d.title()).enumValue("side", d.side());
        w.object("owner", o -> o.string(d.owner().type() == Owner.Type.PERSON ? "person" : "role", d.owner().id()));
        AmountRule amount = d.amount();
        if (amount instanceof AmountRule.PercentOfContract p) {
            w.object("amount", a -> a.decimal("percent", p.percent()));
        } else if (amount instanceof AmountRule.Fixed f) {
            w.object("amount", a -> a.money("fixed", f.amount()));
        }
        if (!d.evidence().isEmpty()) {
            w.strings("evidence", d.evidence());
        }
        w.object("due", r -> writeRule(r, d.due()));
        w.enumValue("convention", d.convention());
    }

    private static void writeRule(JsonObjectWriter w, DueRule rule) {
        if (rule instanceof DueRule.OnDate on) {
            w.string("kind", "onDate").date("date", on.date());
        } else if (rule instanceof DueRule.AfterEvent after) {
            w.string("kind", "afterEvent").enumValue("event", after.event().type())
                    .optString("obligation", after.event().obligationId());
            Offset o = after.offset();
            w.object("offset", x -> x.integer("amount", o.amount()).enumValue("unit", o.unit())
                    .enumValue("monthEnd", o.monthEnd()));
        } else {
            DueRule.Recurring r = (DueRule.Recurring) rule;
            Recurrence rec = r.recurrence();
            w.string("kind", "recurring").object("start", x -> writeRule(x, r.start()))
                    .enumValue("frequency", rec.frequency()).integer("interval", rec.interval())
                    .optInteger("count", rec.count() == null ? null : rec.count().longValue())
                    .optDate("until", rec.until())
                    .optInteger("dayOfMonth", rec.dayOfMonth() == null ? null : rec.dayOfMonth().longValue())
                    .bool("lastDayOfMonth", rec.lastDayOfMonth());
        }
    }
}
