package io.pactum.spi.runtime;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.core.json.JsonObjectWriter;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.DueRule;
import io.pactum.core.obligation.EventRef;
import io.pactum.core.obligation.EventType;
import io.pactum.core.obligation.Obligation;
import io.pactum.core.obligation.ObligationKind;
import io.pactum.core.obligation.ObligationLedger;
import io.pactum.core.obligation.ObligationLedgers;
import io.pactum.core.obligation.ObligationPlan;
import io.pactum.core.obligation.ObligationScheduler;
import io.pactum.core.obligation.ObligationStatus;
import io.pactum.core.obligation.ScheduleInput;
import io.pactum.core.obligation.ScheduledObligation;
import io.pactum.spi.CallContext;
import io.pactum.spi.SpiError;
import io.pactum.spi.internal.EventPayloads;
import io.pactum.spi.internal.ObligationPayloads;
import io.pactum.spi.port.IdGenerator;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.StoredRecord;
import io.pactum.spi.port.Transaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The execution commands' work inside their unit of work: open the obligation ledger on activation,
 * record fulfilments, payments and delivery acceptance, reschedule what the new facts date, and
 * say which events go out. The ledger is saved with {@code wakeAt} = the command's time, so the next
 * due-work run re-evaluates reminders and risk with the new facts.
 */
final class ObligationCommands {

    /** The actor due work writes in histories and audit entries. */
    static final UserId SYSTEM = UserId.of("pactum-due-work");

    private final ExecutionSettings settings;
    private final IdGenerator ids;

    ObligationCommands(ExecutionSettings settings, IdGenerator ids) {
        this.settings = settings;
        this.ids = ids;
    }

    /** The ledger's key for a contract. */
    static RecordKey key(Contract contract) {
        return RecordKey.of(RecordKind.OBLIGATIONS, contract.id().value());
    }

    /** Activation with a plan: schedule it (signature dated on the activation day) and store the ledger. */
    List<OutboxMessage> open(Transaction tx, CallContext ctx, Contract saved, ObligationPlan plan, Instant now) {
        if (tx.getRecord(key(saved)).isPresent()) {
            throw new PactumException(SpiError.OBLIGATION_LEDGER, "plan", "contract " + saved.number()
                    + " already has an obligation ledger");
        }
        LocalDate today = LocalDate.ofInstant(now, settings.reminderPolicy(tx, saved).zone());
        ObligationLedger empty = ObligationLedger.open(saved.id(), plan, Map.of(EventType.SIGNATURE, today), List.of());
        ObligationLedger ledger = empty.withObligations(scheduler().rescheduleToValue(List.of(), plan,
                empty.input(ScheduleInput.of(saved)), ctx.actor(), now, "activated"));
        ledger = ledger.withTracking(now, ledger.openAlerts());
        List<OutboxMessage> out = invoiceRequests(ctx, saved, empty, ledger, now, null);
        tx.saveRecord(key(saved), ObligationLedgers.toJson(ledger), now, 0);
        return out;
    }

    /** Records an obligation as fulfilled (a payment: its whole outstanding amount). */
    List<OutboxMessage> fulfil(Transaction tx, CallContext ctx, Contract contract, String obligationKey, LocalDate on,
            List<String> evidence, String reason, Instant now) {
        StoredRecord record = load(tx, contract);
        ObligationLedger ledger = ObligationLedgers.fromJson(record.body());
        Obligation before = find(ledger, obligationKey);
        Obligation after = before.fulfil(ctx.actor(), now, on, null, evidence, reason);
        List<OutboxMessage> out = new ArrayList<>();
        if (before.scheduled().amount() != null) {
            out.add(event(ctx, contract, now, io.pactum.spi.port.EventType.PAYMENT_RECEIVED,
                    ObligationPayloads.payment(after, before.outstanding().orElseThrow(), on, evidence)));
        }
        out.add(event(ctx, contract, now, io.pactum.spi.port.EventType.OBLIGATION_FULFILLED,
                ObligationPayloads.fulfilled(after, on, evidence)));
        return finish(tx, ctx, contract, record, ledger, replace(ledger, after), out, now, reason, on);
    }

    /**
     * Records a payment against a payment obligation; less than outstanding keeps it open with the
     * rest outstanding, exactly.
     */
    List<OutboxMessage> pay(Transaction tx, CallContext ctx, Contract contract, String obligationKey, Money amount,
            LocalDate on, List<String> evidence, String reason, Instant now) {
        StoredRecord record = load(tx, contract);
        ObligationLedger ledger = ObligationLedgers.fromJson(record.body());
        Obligation before = find(ledger, obligationKey);
        Money outstanding = before.outstanding().orElseThrow(() -> new PactumException(SpiError.OBLIGATION_NOT_FOUND,
                "obligationKey", obligationKey + " is a " + before.scheduled().definition().kind()
                        + " obligation, not a payment"));
        if (!amount.currency().equals(outstanding.currency()) || !amount.isPositive()) {
            throw new PactumException(SpiError.BAD_ARGUMENT, "amount", "a payment of " + obligationKey
                    + " is a positive amount in " + outstanding.currency() + ", not " + amount);
        }
        if (amount.isGreaterThan(outstanding)) {
            throw new PactumException(SpiError.OVERPAYMENT, "amount", "payment of " + amount + " against "
                    + obligationKey + " is more than the outstanding " + outstanding);
        }
        Obligation after = before.fulfil(ctx.actor(), now, on, amount, evidence, reason);
        List<OutboxMessage> out = new ArrayList<>();
        out.add(event(ctx, contract, now, io.pactum.spi.port.EventType.PAYMENT_RECEIVED,
                ObligationPayloads.payment(after, amount, on, evidence)));
        if (after.status() == ObligationStatus.FULFILLED) {
            out.add(event(ctx, contract, now, io.pactum.spi.port.EventType.OBLIGATION_FULFILLED,
                    ObligationPayloads.fulfilled(after, on, evidence)));
        }
        return finish(tx, ctx, contract, record, ledger, replace(ledger, after), out, now, reason, on);
    }

    /**
     * Records the customer's acceptance of the delivery: the {@code DELIVERY_ACCEPTED} date, which
     * dates the obligations that wait for it (a payment 30 days after acceptance, the retention
     * release), and fulfils the open acceptance obligations.
     */
    List<OutboxMessage> accept(Transaction tx, CallContext ctx, Contract contract, LocalDate on, List<String> evidence,
            String reason, Instant now) {
        StoredRecord record = load(tx, contract);
        ObligationLedger ledger = ObligationLedgers.fromJson(record.body());
        if (ledger.eventDates().containsKey(EventType.DELIVERY_ACCEPTED)) {
            throw new PactumException(SpiError.BAD_ARGUMENT, "acceptedOn", "the delivery of " + contract.number()
                    + " was accepted on " + ledger.eventDates().get(EventType.DELIVERY_ACCEPTED) + " already");
        }
        ObligationLedger next = ledger.withEvent(EventType.DELIVERY_ACCEPTED, on);
        List<OutboxMessage> out = new ArrayList<>();
        for (Obligation o : ledger.obligations()) {
            if (o.scheduled().definition().kind() == ObligationKind.ACCEPTANCE && o.status().isOpen()) {
                Obligation done = o.fulfil(ctx.actor(), now, on, null, evidence, reason);
                next = replace(next, done);
                out.add(event(ctx, contract, now, io.pactum.spi.port.EventType.OBLIGATION_FULFILLED,
                        ObligationPayloads.fulfilled(done, on, evidence)));
            }
        }
        return finish(tx, ctx, contract, record, ledger, next, out, now, reason, on);
    }

    /** An amendment's effect on a ledger: the stored record, the ledger before and after. */
    record Amended(StoredRecord record, ObligationLedger before, ObligationLedger after) {
    }

    /**
     * Reschedules a contract's ledger after an amendment changed its value or plan: settled payments
     * keep their amounts, open ones share the rest of the new value
     * ({@link ObligationScheduler#rescheduleToValue}), so each payment direction still totals the
     * contract value. Reads only; {@link #saveAmended} writes.
     *
     * @param amended the contract with the amended terms
     * @param newPlan the plan the amendment brings; {@code null} keeps the ledger's
     * @return empty when the contract has no ledger (not activated with a plan)
     * @throws PactumException {@link SpiError#AMENDMENT_UNSCHEDULABLE} at {@code amendment.newValue}
     *     when the new value is less than what is settled, or moves an amount nothing open can take
     */
    Optional<Amended> amend(Library.RecordReader records, Contract amended, @Nullable ObligationPlan newPlan,
            UserId actor, Instant now, String reason) {
        Optional<StoredRecord> record = records.get(key(amended));
        if (record.isEmpty()) {
            return Optional.empty();
        }
        ObligationLedger before = ObligationLedgers.fromJson(record.get().body());
        ObligationPlan plan = newPlan == null ? before.plan() : newPlan;
        ObligationLedger replanned = new ObligationLedger(before.contractId(), plan, before.eventDates(),
                before.obligations(), before.remindedUntil(), before.openAlerts());
        List<Obligation> obligations;
        try {
            obligations = scheduler().rescheduleToValue(replanned.obligations(), plan,
                    replanned.input(ScheduleInput.of(amended)), actor, now, reason);
        } catch (PactumException e) {
            if (!"contractValue".equals(e.path())) {
                throw e;
            }
            throw new PactumException(SpiError.AMENDMENT_UNSCHEDULABLE, "amendment.newValue", "contract "
                    + amended.number() + ": " + e.getMessage(), e);
        }
        return Optional.of(new Amended(record.get(), before, replanned.withObligations(obligations)));
    }

    /**
     * Saves an amended ledger, waking due work at once (reminders follow new dates and amounts), and
     * returns {@code invoice.requested} for incoming payments a new plan dates.
     */
    List<OutboxMessage> saveAmended(Transaction tx, CallContext ctx, Contract contract, Amended amended, Instant now) {
        tx.saveRecord(amended.record().key(), ObligationLedgers.toJson(amended.after()), now,
                amended.record().revision());
        return invoiceRequests(ctx, contract, amended.before(), amended.after(), now, null);
    }

    /** Reschedules with the new facts, adds the invoice requests they cause, saves the ledger. */
    private List<OutboxMessage> finish(Transaction tx, CallContext ctx, Contract contract, StoredRecord record,
            ObligationLedger before, ObligationLedger changed, List<OutboxMessage> out, Instant now, String reason,
            LocalDate on) {
        ObligationLedger after = changed.withObligations(scheduler().rescheduleToValue(changed.obligations(), changed.plan(),
                changed.input(ScheduleInput.of(contract)), ctx.actor(), now, reason));
        List<OutboxMessage> all = new ArrayList<>(out);
        all.addAll(invoiceRequests(ctx, contract, before, after, now, on));
        tx.saveRecord(record.key(), ObligationLedgers.toJson(after), now, record.revision());
        return all;
    }

    /**
     * {@code invoice.requested} for each incoming payment that waited for an event and has just
     * been dated by it: the payment condition is met, finance can invoice.
     *
     * @param on the date of the command's own event, for fulfilment triggers; {@code null} at activation
     */
    private List<OutboxMessage> invoiceRequests(CallContext ctx, Contract contract, ObligationLedger before,
            ObligationLedger after, Instant now, @Nullable LocalDate on) {
        Map<String, Obligation> was = new HashMap<>();
        before.obligations().forEach(o -> was.put(o.scheduled().key(), o));
        ScheduleInput facts = after.input(ScheduleInput.of(contract));
        List<OutboxMessage> out = new ArrayList<>();
        for (Obligation o : after.obligations()) {
            ScheduledObligation s = o.scheduled();
            Obligation old = was.get(s.key());
            boolean newlyDated = s.dueDate() != null && (old == null || old.scheduled().isPending());
            EventRef trigger = trigger(s.definition().due());
            if (!newlyDated || trigger == null || s.definition().kind() != ObligationKind.PAYMENT_IN
                    || !o.status().isOpen()) {
                continue;
            }
            LocalDate date = facts.dateOf(trigger).orElse(on);
            if (date == null) {
                continue;
            }
            String eventId = "invoice.requested/" + contract.id().value() + "/" + s.key();
            out.add(EventPayloads.event(eventId, io.pactum.spi.port.EventType.INVOICE_REQUESTED, ctx, contract, now,
                    ObligationPayloads.invoice(o, trigger, date)));
        }
        return out;
    }

    /**
     * The event a one-off payment waits for. Recurring fees are left out: dating a whole series at
     * once is not a reason to invoice all of it; each occurrence's {@code obligation.due} is.
     */
    private static @Nullable EventRef trigger(DueRule rule) {
        return rule instanceof DueRule.AfterEvent a ? a.event() : null;
    }

    private OutboxMessage event(CallContext ctx, Contract contract, Instant now, io.pactum.spi.port.EventType type,
            Consumer<JsonObjectWriter> data) {
        return EventPayloads.event(ids.newId("event"), type, ctx, contract, now, data);
    }

    private static StoredRecord load(Transaction tx, Contract contract) {
        Optional<StoredRecord> record = tx.getRecord(key(contract));
        return record.orElseThrow(() -> new PactumException(SpiError.OBLIGATION_LEDGER, "id", "contract "
                + contract.number() + " has no obligation ledger; activate it with an obligation plan"));
    }

    private static Obligation find(ObligationLedger ledger, String key) {
        return ledger.find(key).orElseThrow(() -> new PactumException(SpiError.OBLIGATION_NOT_FOUND, "obligationKey",
                "contract " + ledger.contractId().value() + " has no obligation " + key));
    }

    private static ObligationLedger replace(ObligationLedger ledger, Obligation changed) {
        List<Obligation> next = new ArrayList<>();
        for (Obligation o : ledger.obligations()) {
            next.add(o.scheduled().key().equals(changed.scheduled().key()) ? changed : o);
        }
        return ledger.withObligations(next);
    }

    private ObligationScheduler scheduler() {
        return ObligationScheduler.using(settings.calendar());
    }
}
