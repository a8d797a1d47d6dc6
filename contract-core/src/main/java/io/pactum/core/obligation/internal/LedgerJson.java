package io.pactum.core.obligation.internal;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.json.JsonObjectWriter;
import io.pactum.core.json.JsonOutput;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.EventRef;
import io.pactum.core.obligation.EventType;
import io.pactum.core.obligation.Obligation;
import io.pactum.core.obligation.ObligationDefinition;
import io.pactum.core.obligation.ObligationEvent;
import io.pactum.core.obligation.ObligationLedger;
import io.pactum.core.obligation.ObligationPlan;
import io.pactum.core.obligation.ObligationStatus;
import io.pactum.core.obligation.ScheduleError;
import io.pactum.core.obligation.ScheduledObligation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * JSON mapping of obligation ledgers; not API. An obligation names its plan line by id
 * ({@code "definition"}) when the plan holds an equal line, and carries the line itself
 * ({@code "definitionInline"}) when it does not (a line superseded by a later plan), so that
 * writing and reading back is lossless without repeating the plan in every obligation.
 */
public final class LedgerJson {

    /** The format version written in every ledger. */
    public static final int VERSION = 1;

    private LedgerJson() {
    }

    /** Reads a ledger document. */
    public static ObligationLedger read(String json) {
        return JsonInput.standard().read("obligation ledger", json, LedgerJson::ledger);
    }

    /** Writes a ledger document, compact. */
    public static String write(ObligationLedger ledger) {
        return JsonOutput.compact().write(w -> {
            w.integer("version", VERSION).string("contractId", ledger.contractId().value())
                    .object("plan", p -> PlanJson.writePlan(p, ledger.plan()))
                    .objects("events", ledger.eventDates().entrySet(),
                            (e, x) -> e.enumValue("event", x.getKey()).date("date", x.getValue()))
                    .objects("obligations", ledger.obligations(), (o, x) -> writeObligation(o, x, ledger.plan()))
                    .optInstant("remindedUntil", ledger.remindedUntil())
                    .strings("openAlerts", ledger.openAlerts());
        });
    }

    private static @Nullable ObligationLedger ledger(JsonObjectReader r) {
        Long version = r.integer("version", VERSION, VERSION);
        String contract = r.string("contractId");
        JsonObjectReader planReader = r.object("plan");
        ObligationPlan plan = planReader == null ? null : PlanJson.plan(planReader);
        Map<EventType, LocalDate> events = new EnumMap<>(EventType.class);
        boolean complete = true;
        for (JsonObjectReader e : r.objects("events")) {
            EventType type = e.enumValue("event", EventType.class);
            LocalDate date = e.date("date");
            if (type == null || date == null) {
                complete = false;
            } else if (type == EventType.OBLIGATION_FULFILLED) {
                // Checked here, not only in the ledger, so the pointer names the event in this document.
                e.error("event", ScheduleError.LEDGER_INVALID,
                        "fulfilments are recorded on the obligations, not as contract events");
                complete = false;
            } else if (events.put(type, date) != null) {
                e.error("event", CoreError.DUPLICATE, "event " + type + " is listed twice");
                complete = false;
            }
        }
        List<Obligation> obligations = new ArrayList<>();
        for (JsonObjectReader o : r.objects("obligations")) {
            Obligation ob = plan == null ? null : obligation(o, plan);
            if (ob == null) {
                complete = false;
            } else {
                obligations.add(ob);
            }
        }
        Instant reminded = r.optInstant("remindedUntil");
        List<String> alerts = r.strings("openAlerts");
        if (version == null || contract == null || plan == null || !complete) {
            return null;
        }
        ContractId id = r.build("contractId", () -> ContractId.of(contract));
        if (id == null) {
            return null;
        }
        if (new TreeSet<>(alerts).size() != alerts.size()) {
            r.error("openAlerts", CoreError.DUPLICATE, "an alert key is listed twice");
            return null;
        }
        return r.build(() -> new ObligationLedger(id, plan, events, obligations, reminded, new TreeSet<>(alerts)));
    }

    private static @Nullable Obligation obligation(JsonObjectReader o, ObligationPlan plan) {
        String key = o.string("key");
        ObligationDefinition definition = definition(o, plan);
        Long occurrence = o.integer("occurrence", 0, Integer.MAX_VALUE);
        Money amount = o.optMoney("amount");
        LocalDate scheduledDate = o.optDate("scheduledDate");
        LocalDate dueDate = o.optDate("dueDate");
        JsonObjectReader waitingReader = o.optObject("waitingFor");
        EventRef waiting = waitingReader == null ? null : eventRef(waitingReader);
        ObligationStatus status = o.enumValue("status", ObligationStatus.class);
        Money fulfilled = o.optMoney("fulfilledAmount");
        ObligationStatus beforeDispute = o.has("statusBeforeDispute")
                ? o.enumValue("statusBeforeDispute", ObligationStatus.class) : null;
        List<ObligationEvent> history = new ArrayList<>();
        boolean complete = true;
        for (JsonObjectReader h : o.objects("history")) {
            ObligationEvent e = event(h);
            if (e == null) {
                complete = false;
            } else {
                history.add(e);
            }
        }
        if (key == null || definition == null || occurrence == null || status == null || !complete
                || (o.has("amount") && amount == null) || (o.has("fulfilledAmount") && fulfilled == null)
                || (o.has("waitingFor") && waiting == null) || (o.has("statusBeforeDispute") && beforeDispute == null)
                || (o.has("scheduledDate") && scheduledDate == null) || (o.has("dueDate") && dueDate == null)) {
            return null;
        }
        // Rescheduling matches obligations by key: a key that is not its line's would be superseded
        // and a fresh obligation opened beside it, its payments left on the dead one.
        String expectedKey = ScheduledObligation.key(definition.id(), occurrence.intValue());
        if (!key.equals(expectedKey)) {
            o.error("key", ScheduleError.LEDGER_INVALID, "obligation " + key + " of definition " + definition.id()
                    + " occurrence " + occurrence + " must have the key " + expectedKey);
            return null;
        }
        // A fulfilled payment was paid in full (fulfil and closePaid both ensure it); anything else
        // would show as settled while money is still outstanding.
        if (status == ObligationStatus.FULFILLED && amount != null && !amount.equals(fulfilled)) {
            o.error("fulfilledAmount", ScheduleError.LEDGER_INVALID, "obligation " + key + " is FULFILLED with "
                    + fulfilled + " paid of " + amount);
            return null;
        }
        ScheduledObligation scheduled = o.build(() -> checked(() -> new ScheduledObligation(key, definition,
                occurrence.intValue(), amount, scheduledDate, dueDate, waiting)));
        if (scheduled == null) {
            return null;
        }
        return o.build(() -> checked(() -> new Obligation(scheduled, status, fulfilled, beforeDispute, history)));
    }

    private static @Nullable ObligationDefinition definition(JsonObjectReader o, ObligationPlan plan) {
        boolean byId = o.has("definition");
        if (byId == o.has("definitionInline")) {
            o.error("", CoreError.REQUIRED, "give exactly one of \"definition\" and \"definitionInline\"");
            o.ignore("definition", "definitionInline");
            return null;
        }
        if (!byId) {
            JsonObjectReader inline = o.object("definitionInline");
            return inline == null ? null : PlanJson.definition(inline);
        }
        String id = o.string("definition");
        if (id == null) {
            return null;
        }
        ObligationDefinition found = plan.obligations().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElse(null);
        if (found == null) {
            o.error("definition", CoreError.UNKNOWN_REFERENCE, "the plan has no obligation \"" + id + "\"");
        }
        return found;
    }

    private static @Nullable EventRef eventRef(JsonObjectReader r) {
        EventType type = r.enumValue("event", EventType.class);
        String obligation = r.optString("obligation");
        return type == null ? null : r.build(() -> new EventRef(type, obligation));
    }

    private static @Nullable ObligationEvent event(JsonObjectReader h) {
        ObligationEvent.Type type = h.enumValue("type", ObligationEvent.Type.class);
        String actor = h.string("actor");
        Instant at = h.instant("at");
        String reason = h.string("reason", "");
        List<String> evidence = h.strings("evidence");
        Money amount = h.optMoney("amount");
        LocalDate effective = h.optDate("effectiveDate");
        ObligationStatus from = h.enumValue("from", ObligationStatus.class);
        ObligationStatus to = h.enumValue("to", ObligationStatus.class);
        if (type == null || actor == null || at == null || from == null || to == null
                || (h.has("amount") && amount == null) || (h.has("effectiveDate") && effective == null)) {
            return null;
        }
        UserId who = h.build("actor", () -> UserId.of(actor));
        return who == null ? null
                : h.build(() -> new ObligationEvent(type, who, at, reason, evidence, amount, effective, from, to));
    }

    /** Turns the records' own plain checks into typed errors at the object being read. */
    private static <T> T checked(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new PactumException(ScheduleError.LEDGER_INVALID, "", e.getMessage());
        }
    }

    private static void writeObligation(JsonObjectWriter w, Obligation o, ObligationPlan plan) {
        ScheduledObligation s = o.scheduled();
        w.string("key", s.key());
        if (plan.obligations().contains(s.definition())) {
            w.string("definition", s.definition().id());
        } else {
            w.object("definitionInline", d -> PlanJson.writeDefinition(d, s.definition()));
        }
        w.integer("occurrence", s.occurrence()).optMoney("amount", s.amount()).optDate("scheduledDate",
                s.scheduledDate()).optDate("dueDate", s.dueDate());
        EventRef waiting = s.waitingFor();
        if (waiting != null) {
            w.object("waitingFor", x -> x.enumValue("event", waiting.type()).optString("obligation",
                    waiting.obligationId()));
        }
        w.enumValue("status", o.status()).optMoney("fulfilledAmount", o.fulfilledAmount());
        ObligationStatus before = o.statusBeforeDispute();
        if (before != null) {
            w.enumValue("statusBeforeDispute", before);
        }
        w.objects("history", o.history(), LedgerJson::writeEvent);
    }

    private static void writeEvent(JsonObjectWriter w, ObligationEvent e) {
        w.enumValue("type", e.type()).string("actor", e.actor().value()).instant("at", e.at())
                .string("reason", e.reason()).strings("evidence", e.evidence()).optMoney("amount", e.amount())
                .optDate("effectiveDate", e.effectiveDate()).enumValue("from", e.from()).enumValue("to", e.to());
    }
}
