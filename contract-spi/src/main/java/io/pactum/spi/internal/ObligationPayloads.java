package io.pactum.spi.internal;

import io.pactum.core.json.JsonObjectWriter;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.EventRef;
import io.pactum.core.obligation.Obligation;
import io.pactum.core.obligation.ObligationDefinition;
import io.pactum.core.obligation.Owner;
import io.pactum.core.obligation.ScheduledObligation;
import io.pactum.rules.risk.Alert;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code data} objects of obligation, payment, invoice and risk events in schema
 * {@code pactum.event/v1} (documented in docs/spi.md, "Execution events").
 */
public final class ObligationPayloads {

    private ObligationPayloads() {
    }

    /** {@code obligation.due} and {@code obligation.overdue}: the obligation. */
    public static Consumer<JsonObjectWriter> obligation(Obligation o) {
        return w -> w.object("obligation", x -> obligationFields(x, o));
    }

    /** One obligation's fields, as an element of an array ({@code contract.amended}'s {@code obligations}). */
    public static void obligationObject(JsonObjectWriter w, Obligation o) {
        obligationFields(w, o);
    }

    /** {@code obligation.fulfilled}: the obligation, the fulfilment date and the evidence. */
    public static Consumer<JsonObjectWriter> fulfilled(Obligation o, LocalDate on, List<String> evidence) {
        return w -> w.object("obligation", x -> obligationFields(x, o)).date("fulfilledOn", on)
                .strings("evidence", evidence);
    }

    /** {@code payment.received}: the obligation after the payment, and the payment. */
    public static Consumer<JsonObjectWriter> payment(Obligation after, Money paid, LocalDate paidOn,
            List<String> evidence) {
        LocalDate due = after.scheduled().dueDate();
        boolean late = due != null && paidOn.isAfter(due);
        return w -> w.object("obligation", x -> obligationFields(x, after))
                .object("payment", p -> p.money("amount", paid).date("paidOn", paidOn).bool("late", late)
                        .bool("fullyPaid", after.outstanding().map(Money::isZero).orElse(false))
                        .strings("evidence", evidence));
    }

    /** {@code invoice.requested}: the payment obligation that became due-dated, and what triggered it. */
    public static Consumer<JsonObjectWriter> invoice(Obligation o, EventRef trigger, LocalDate triggeredOn) {
        return w -> w.object("obligation", x -> obligationFields(x, o))
                .object("trigger", t -> t.enumValue("event", trigger.type())
                        .optString("obligation", trigger.obligationId()).date("date", triggeredOn));
    }

    /** {@code risk.alert.raised}: the alert. */
    public static Consumer<JsonObjectWriter> alertRaised(Alert a) {
        return w -> w.object("alert", x -> x.string("key", a.key()).string("ruleId", a.ruleId())
                .enumValue("severity", a.severity()).integer("score", a.score())
                .string("subject", a.subject().toString()).date("relevantFrom", a.relevantFrom())
                .string("messageEn", a.messageEn()).string("messageZh", a.messageZh()));
    }

    /** {@code risk.alert.resolved}: the key of the alert that no longer holds. */
    public static Consumer<JsonObjectWriter> alertResolved(String key, LocalDate on) {
        return w -> w.object("alert", x -> x.string("key", key)).date("resolvedOn", on);
    }

    private static void obligationFields(JsonObjectWriter w, Obligation o) {
        ScheduledObligation s = o.scheduled();
        ObligationDefinition d = s.definition();
        w.string("key", s.key()).string("definition", d.id()).integer("occurrence", s.occurrence())
                .enumValue("kind", d.kind());
        if (d.stage() != null) {
            w.enumValue("stage", d.stage());
        }
        Owner owner = d.owner();
        w.string("title", d.title()).enumValue("side", d.side())
                .object("owner", x -> x.string(owner.type() == Owner.Type.PERSON ? "person" : "role", owner.id()))
                .optDate("dueDate", s.dueDate()).enumValue("status", o.status())
                .optMoney("amount", s.amount()).optMoney("fulfilled", o.fulfilledAmount())
                .optMoney("outstanding", o.outstanding().orElse(null));
    }
}
