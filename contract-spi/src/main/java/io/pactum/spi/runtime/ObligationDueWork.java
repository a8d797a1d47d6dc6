package io.pactum.spi.runtime;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.Obligation;
import io.pactum.core.obligation.ObligationEvent;
import io.pactum.core.obligation.ObligationLedger;
import io.pactum.core.obligation.ObligationLedgers;
import io.pactum.core.obligation.ObligationStatus;
import io.pactum.core.obligation.Owner;
import io.pactum.core.renewal.RenewalPosition;
import io.pactum.core.renewal.Renewals;
import io.pactum.core.reminder.EscalationStep;
import io.pactum.core.reminder.RecipientRole;
import io.pactum.core.reminder.Reminder;
import io.pactum.core.reminder.ReminderPlanner;
import io.pactum.core.reminder.ReminderPolicy;
import io.pactum.core.reminder.ReminderSubject;
import io.pactum.rules.facts.RateSource;
import io.pactum.rules.risk.Alert;
import io.pactum.rules.risk.ContractAssessment;
import io.pactum.rules.risk.ObligationKind;
import io.pactum.rules.risk.ObligationSnapshot;
import io.pactum.rules.risk.RiskEngine;
import io.pactum.rules.risk.RiskProfiles;
import io.pactum.rules.risk.RiskSnapshot;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import io.pactum.spi.audit.AuditEntry;
import io.pactum.spi.audit.AuditOutcome;
import io.pactum.spi.internal.AuditChainWriter;
import io.pactum.spi.internal.EventPayloads;
import io.pactum.spi.internal.Fingerprints;
import io.pactum.spi.internal.ObligationPayloads;
import io.pactum.spi.port.Directory;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.Notification;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.Person;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.RecordStore;
import io.pactum.spi.port.StoredRecord;
import io.pactum.spi.port.Transaction;
import io.pactum.spi.port.UnitOfWork;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in due work over obligation ledgers: for each ledger whose wake-up instant has come, in
 * one unit of work, it moves obligations to due and overdue (events {@code obligation.due},
 * {@code obligation.overdue}), sends the reminders and escalations whose send instant lies in
 * {@code [remindedUntil, now]} (with the catch-up rule for a window longer than one run), raises and
 * resolves risk alerts, writes the ledger with the next wake-up instant, appends an audit entry
 * when a status or an alert changed, and enqueues the messages. Every message key is
 * deterministic, and the ledger advances with the messages, so a run repeated, crashed or overlapping
 * sends nothing twice.
 */
final class ObligationDueWork {

    private static final Logger LOG = LoggerFactory.getLogger(ObligationDueWork.class);

    /** How late a reminder may be sent before it counts as missed and the catch-up rule applies. */
    static final Duration MISSED_AFTER = Duration.ofDays(1);

    private final RecordStore records;
    private final UnitOfWork unitOfWork;
    private final Directory directory;
    private final ExecutionSettings settings;

    ObligationDueWork(RecordStore records, UnitOfWork unitOfWork, Directory directory, ExecutionSettings settings) {
        this.records = records;
        this.unitOfWork = unitOfWork;
        this.directory = directory;
        this.settings = settings;
    }

    /**
     * Runs every waking ledger of every configured tenant; returns the number of messages enqueued.
     *
     * @param failed receives the contract id of each ledger that failed
     */
    int run(Instant now, List<String> failed) {
        int enqueued = 0;
        for (TenantId tenant : settings.tenants()) {
            CallContext ctx = CallContext.of(tenant, ObligationCommands.SYSTEM, "due-" + now);
            List<RecordKey> waking;
            try (Stream<StoredRecord> s = records.waking(ctx, RecordKind.OBLIGATIONS, now)) {
                waking = s.map(StoredRecord::key).toList();
            }
            for (RecordKey key : waking) {
                try {
                    enqueued += unitOfWork.inTransaction(ctx, tx -> runLedger(tx, ctx, key, now));
                } catch (RuntimeException e) {
                    // A concurrent command (revision conflict), a malformed ledger or policy, a
                    // storage failure: this ledger waits for the next run, the others go on, and the
                    // report says so.
                    LOG.warn("due work on {} skipped at {}: {}", key, now, e.getMessage(), e);
                    failed.add(key.id());
                }
            }
        }
        return enqueued;
    }

    private int runLedger(Transaction tx, CallContext ctx, RecordKey key, Instant now) {
        Optional<StoredRecord> stored = tx.getRecord(key);
        if (stored.isEmpty() || stored.get().wakeAt() == null || stored.get().wakeAt().isAfter(now)) {
            return 0; // another run got here first
        }
        StoredRecord record = stored.get();
        ObligationLedger ledger = ObligationLedgers.fromJson(record.body());
        Optional<Contract> found = tx.get(ledger.contractId());
        if (found.isEmpty() || found.get().status() == ContractStatus.ARCHIVED) {
            tx.saveRecord(key, record.body(), null, record.revision());
            return 0;
        }
        Contract contract = found.get();
        ReminderPolicy policy = settings.reminderPolicy(tx, contract);
        LocalDate today = LocalDate.ofInstant(now, policy.zone());
        List<OutboxMessage> out = new ArrayList<>();
        List<String> changes = new ArrayList<>();

        List<Obligation> advanced = new ArrayList<>();
        for (Obligation o : ledger.obligations()) {
            Obligation a = o.advance(today, ObligationCommands.SYSTEM, now);
            for (int i = o.history().size(); i < a.history().size(); i++) {
                ObligationEvent e = a.history().get(i);
                EventType type = e.type() == ObligationEvent.Type.BECAME_DUE ? EventType.OBLIGATION_DUE
                        : EventType.OBLIGATION_OVERDUE;
                String id = type.wireName() + "/" + contract.id().value() + "/" + a.scheduled().key() + "/"
                        + a.scheduled().dueDate();
                out.add(EventPayloads.event(id, type, ctx, contract, now, ObligationPayloads.obligation(a)));
                changes.add(a.scheduled().key() + " " + e.to());
            }
            advanced.add(a);
        }

        Instant to = now.plusNanos(1);
        Instant from = ledger.remindedUntil() == null || ledger.remindedUntil().isAfter(to) ? to
                : ledger.remindedUntil();
        Map<String, Obligation> bySubject = new HashMap<>();
        List<ReminderSubject> subjects = new ArrayList<>();
        for (Obligation o : advanced) {
            ReminderSubject.of(contract.id(), o).ifPresent(s -> {
                subjects.add(s);
                bySubject.put(s.key(), o);
            });
        }
        // Reminders more than a day old were missed (the host was down): the catch-up rule decides
        // about those; the rest are on time and all go out.
        Instant missedBefore = now.minus(MISSED_AFTER).isBefore(from) ? from : now.minus(MISSED_AFTER);
        List<Reminder> reminders = new ArrayList<>(ReminderPlanner.catchUp(policy, subjects, from, missedBefore,
                settings.catchUp()));
        reminders.addAll(ReminderPlanner.remindersIn(policy, subjects, missedBefore, to));
        for (Reminder r : reminders) {
            out.addAll(notifications(ctx, contract, r, bySubject.get(r.subjectKey())));
        }

        Set<String> alerts = new TreeSet<>(ledger.openAlerts());
        LocalDate riskNext = null;
        Optional<RiskProfiles> profiles = settings.riskProfiles(tx, contract);
        if (profiles.isPresent() && !contract.counterparties().isEmpty()) {
            try {
                ContractAssessment assessment = RiskEngine.of(profiles.get(), RateSource.sameCurrencyOnly())
                        .assess(snapshot(contract, advanced, today), today);
                Set<String> current = new TreeSet<>();
                for (Alert a : assessment.alerts()) {
                    current.add(a.key());
                    if (!alerts.contains(a.key())) {
                        out.add(EventPayloads.event("risk.alert.raised/" + a.key() + "/" + today,
                                EventType.RISK_ALERT_RAISED, ctx, contract, now, ObligationPayloads.alertRaised(a)));
                        changes.add("alert raised " + a.key());
                    }
                }
                for (String gone : alerts) {
                    if (!current.contains(gone)) {
                        out.add(EventPayloads.event("risk.alert.resolved/" + gone + "/" + today,
                                EventType.RISK_ALERT_RESOLVED, ctx, contract, now,
                                ObligationPayloads.alertResolved(gone, today)));
                        changes.add("alert resolved " + gone);
                    }
                }
                alerts = current;
                riskNext = assessment.nextChange();
            } catch (PactumException e) {
                // A profile that cannot judge this contract (a missing exchange rate) must not stop
                // its reminders; the alerts stay as they were until it can.
                LOG.warn("risk evaluation of {} skipped at {}: {}", contract.id(), now, e.getMessage());
            }
        }

        ObligationLedger next = ledger.withObligations(advanced).withTracking(to, alerts);
        tx.saveRecord(key, ObligationLedgers.toJson(next), nextWake(next, policy, to, riskNext), record.revision());
        if (!changes.isEmpty()) {
            String state = Fingerprints.ofState(contract);
            AuditEntry entry = AuditChainWriter.next(tx.auditHead().orElse(null), now, ctx.tenant().value(),
                    ctx.actor().value(), "DUE_WORK", contract.id().value(), AuditOutcome.SUCCESS, state, state,
                    String.join("; ", changes), ctx.correlationId());
            tx.appendAudit(entry);
        }
        int enqueued = 0;
        for (OutboxMessage m : out) {
            enqueued += tx.enqueue(m, now) ? 1 : 0;
        }
        return enqueued;
    }

    private List<OutboxMessage> notifications(CallContext ctx, Contract contract, Reminder r, Obligation o) {
        Map<String, String> parameters = new TreeMap<>();
        parameters.put("number", contract.number());
        parameters.put("title", contract.title());
        parameters.put("obligation", o.scheduled().key());
        parameters.put("obligationTitle", o.scheduled().definition().title());
        parameters.put("dueDate", r.dueDate().toString());
        parameters.put("kind", r.kind().name());
        parameters.put("step", r.step().toString());
        parameters.put("scheduledFor", r.at().toString());
        o.outstanding().ifPresent(m -> parameters.put("outstanding", m.toString()));
        String template = r.kind() == Reminder.Kind.LEAD ? "obligation.reminder" : "obligation.escalation";
        List<String> channels = r.channels().isEmpty() ? List.of(settings.channel()) : r.channels();
        Set<UserId> recipients = recipients(ctx, contract, r.recipient(), r.owner());
        if (recipients.isEmpty()) {
            LOG.warn("reminder {} has no recipient in the directory", r.idempotencyKey());
        }
        List<OutboxMessage> out = new ArrayList<>();
        for (UserId user : recipients) {
            for (String channel : channels) {
                out.add(new Notification(r.idempotencyKey() + "|" + user.value() + "|" + channel, user, channel,
                        template, parameters, contract.id()));
            }
        }
        return out;
    }

    private Set<UserId> recipients(CallContext ctx, Contract contract, RecipientRole role, Owner owner) {
        Set<UserId> owners = new LinkedHashSet<>();
        if (owner.type() == Owner.Type.PERSON) {
            owners.add(UserId.of(owner.id()));
        } else {
            directory.groupMembers(ctx, owner.id()).stream().sorted((a, b) -> a.value().compareTo(b.value()))
                    .forEach(owners::add);
        }
        Set<UserId> result = new LinkedHashSet<>();
        switch (role) {
            case OWNER:
                return owners;
            case CONTRACT_OWNER:
                result.add(contract.owner());
                return result;
            case OWNER_MANAGER:
                for (UserId u : owners) {
                    directory.managerChain(ctx, u).stream().findFirst().ifPresent(result::add);
                }
                return result;
            default:
                for (UserId u : owners) {
                    directory.person(ctx, u).map(Person::department)
                            .flatMap(d -> directory.departmentHead(ctx, d)).ifPresent(result::add);
                }
                if (result.isEmpty()) {
                    directory.departmentHead(ctx, contract.department()).ifPresent(result::add);
                }
                return result;
        }
    }

    private static RiskSnapshot snapshot(Contract c, List<Obligation> obligations, LocalDate today) {
        Party counterparty = c.counterparties().get(0);
        List<ObligationSnapshot> facts = new ArrayList<>();
        for (Obligation o : obligations) {
            LocalDate due = o.scheduled().dueDate();
            if (due == null || o.status() == ObligationStatus.SUPERSEDED || o.status() == ObligationStatus.WAIVED) {
                continue;
            }
            Money outstanding = o.outstanding().orElse(null);
            facts.add(new ObligationSnapshot(o.scheduled().key(),
                    ObligationKind.valueOf(o.scheduled().definition().kind().name()), due, o.fulfilledOn().orElse(null),
                    outstanding));
        }
        RiskSnapshot.Builder b = RiskSnapshot.builder(c.id(), c.number(), c.type(), c.department(), counterparty.id(),
                counterparty.name(), c.value(), today).status(c.status()).direction(c.direction()).obligations(facts);
        // The renewal position, not just the term's end: an auto-renewing contract has a cancel-by date
        // (the notice deadline), and it expires only when no renewal is left.
        LocalDate effective = c.term().effectiveDate();
        RenewalPosition position = Renewals.asOf(c.term(), c.renewal(), today.isBefore(effective) ? effective : today);
        LocalDate cancelBy = position.cancelBy();
        LocalDate end = position.current().end();
        if (cancelBy != null && end != null) {
            b.autoRenewal(cancelBy, end.plusDays(1));
        }
        if (position.expiry() != null) {
            b.expiryDate(position.expiry());
        }
        return b.build();
    }

    /**
     * The earliest instant at or after {@code from} at which anything about the ledger can fall due:
     * a reminder or escalation not yet sent, an obligation becoming due (the start of its due date in
     * the policy's zone) or overdue (the start of the next day), the risk rules' next change date;
     * {@code null} when nothing can.
     */
    static @Nullable Instant nextWake(ObligationLedger ledger, ReminderPolicy policy, Instant from,
            @Nullable LocalDate riskNext) {
        List<Instant> candidates = new ArrayList<>();
        ZoneId zone = policy.zone();
        for (Obligation o : ledger.obligations()) {
            LocalDate due = o.scheduled().dueDate();
            if (due == null || !o.status().isOpen()) {
                continue;
            }
            for (Period lead : policy.leadTimes()) {
                candidates.add(sendAt(policy, () -> due.minus(lead)));
            }
            for (EscalationStep step : policy.escalation()) {
                candidates.add(sendAt(policy, () -> due.plus(step.after())));
            }
            if (o.status() == ObligationStatus.PENDING) {
                candidates.add(startOf(() -> due, zone));
            }
            candidates.add(startOf(() -> due.plusDays(1), zone));
        }
        if (riskNext != null) {
            candidates.add(startOf(() -> riskNext, zone));
        }
        Instant best = null;
        for (Instant c : candidates) {
            if (c != null && !c.isBefore(from) && (best == null || c.isBefore(best))) {
                best = c;
            }
        }
        return best;
    }

    private static @Nullable Instant sendAt(ReminderPolicy policy, Supplier<LocalDate> day) {
        try {
            return ZonedDateTime.of(day.get(), policy.sendAt(), policy.zone()).toInstant();
        } catch (DateTimeException e) {
            return null; // beyond the dates LocalDate counts: never
        }
    }

    private static @Nullable Instant startOf(Supplier<LocalDate> day, ZoneId zone) {
        try {
            return day.get().atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
