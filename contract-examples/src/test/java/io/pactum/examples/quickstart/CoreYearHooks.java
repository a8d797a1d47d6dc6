package io.pactum.examples.quickstart;

import io.pactum.core.clause.ContractLocale;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.RenewalTerms;
import io.pactum.core.contract.Term;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.EventType;
import io.pactum.core.obligation.ObligationKind;
import io.pactum.core.obligation.ObligationScheduler;
import io.pactum.core.obligation.Schedule;
import io.pactum.core.obligation.ScheduleInput;
import io.pactum.core.obligation.ScheduledObligation;
import io.pactum.core.reminder.Reminder;
import io.pactum.core.reminder.ReminderPlanner;
import io.pactum.core.reminder.ReminderSubject;
import io.pactum.core.renewal.RenewalPosition;
import io.pactum.core.renewal.Renewals;
import io.pactum.core.renewal.TermPeriod;
import io.pactum.examples.quickstart.ledger.Ledger;
import io.pactum.examples.quickstart.ledger.LedgerContract;
import io.pactum.examples.quickstart.ledger.LedgerObligation;
import io.pactum.examples.quickstart.ledger.RaisedAlert;
import io.pactum.examples.quickstart.ledger.Receipt;
import io.pactum.examples.quickstart.ledger.SentReminder;
import io.pactum.examples.quickstart.year.SimulatedClock;
import io.pactum.examples.quickstart.year.YearEvent;
import io.pactum.examples.quickstart.year.YearHooks;
import io.pactum.rules.facts.RateSource;
import io.pactum.rules.risk.Alert;
import io.pactum.rules.risk.ObligationSnapshot;
import io.pactum.rules.risk.RiskEngine;
import io.pactum.rules.risk.RiskSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The simulated year played with the pure core and rules only, no runtime: signatures schedule
 * the plans, payments and fulfilments are kept as values, amendments reschedule open payments on
 * the new value (settled ones keep their amount), and due work plans reminders with
 * {@link ReminderPlanner} and assesses risk with {@link RiskEngine}. The reference the runtime's
 * year is compared with ({@code QuickstartYearTest}): the same reminders, alerts and obligations.
 * Not thread-safe.
 */
public final class CoreYearHooks implements YearHooks {

    private final QuickstartData data;
    private final SimulatedClock clock;
    private final ObligationScheduler scheduler;
    private final RiskEngine risk;
    private final Map<String, Tracked> byNumber = new LinkedHashMap<>();
    private final List<SentReminder> reminders = new ArrayList<>();
    private final List<RaisedAlert> alerts = new ArrayList<>();
    private final Set<String> alertKeys = new HashSet<>();
    private final List<String> log = new ArrayList<>();
    private @Nullable Instant lastDueWork;

    /** Hooks over the shipped samples, reading dates from {@code clock}. */
    public CoreYearHooks(QuickstartData data, SimulatedClock clock) {
        this.data = Objects.requireNonNull(data, "data");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = ObligationScheduler.using(data.calendar());
        this.risk = RiskEngine.of(data.riskProfiles(), RateSource.sameCurrencyOnly());
        for (Sample s : data.samples()) {
            byNumber.put(s.contract().number(), new Tracked(s));
        }
    }

    /** One sample contract as the year changes it. */
    private final class Tracked {
        final Sample sample;
        Contract contract;
        ScheduleInput input;
        Schedule schedule;
        @Nullable LocalDate signedOn;
        final Map<String, List<Receipt>> receipts = new HashMap<>();
        final Map<String, LocalDate> fulfilled = new HashMap<>();
        final Map<String, Money> settledAmounts = new HashMap<>();
        /** Open payments' amounts after an amendment: the rest of the new value, shared by their plan amounts. */
        final Map<String, Money> rebalanced = new HashMap<>();
        final List<LocalDate> amendments = new ArrayList<>();

        Tracked(Sample sample) {
            this.sample = sample;
            this.contract = sample.contract();
            this.input = ScheduleInput.of(contract);
            this.schedule = new Schedule(contract.id(), List.of());
        }

        void reschedule() {
            schedule = scheduler.schedule(sample.plan(), input);
        }

        @Nullable Money amount(ScheduledObligation o) {
            // A payment settled before an amendment keeps the amount it was settled at.
            Money settled = settledAmounts.get(o.key());
            if (settled != null) {
                return settled;
            }
            Money shared = rebalanced.get(o.key());
            return shared != null ? shared : o.amount();
        }
    }

    private Tracked tracked(YearEvent e) {
        Tracked t = byNumber.get(e.contract());
        if (t == null) {
            throw new IllegalArgumentException("the script names contract " + e.contract() + ", which is not a sample");
        }
        return t;
    }

    private static String definitionId(String key) {
        int hash = key.indexOf('#');
        return hash < 0 ? key : key.substring(0, hash);
    }

    @Override
    public void sign(YearEvent e) {
        Tracked t = tracked(e);
        t.signedOn = e.on();
        t.input = t.input.withEvent(EventType.SIGNATURE, e.on());
        t.reschedule();
        log.add(e.on() + " " + e.contract() + " signed");
    }

    @Override
    public void recordPayment(YearEvent e) {
        Tracked t = tracked(e);
        String key = Objects.requireNonNull(e.obligation());
        t.receipts.computeIfAbsent(key, k -> new ArrayList<>()).add(new Receipt(e.on(), Objects.requireNonNull(e.amount())));
        ScheduledObligation o = t.schedule.find(key).orElseThrow(
                () -> new IllegalArgumentException(e.contract() + " has no scheduled obligation " + key));
        Money owed = t.amount(o);
        Money paid = t.receipts.get(key).stream().map(Receipt::amount).reduce(Money::plus).orElseThrow();
        if (owed != null && paid.compareTo(owed) >= 0) {
            t.fulfilled.put(key, e.on());
            t.settledAmounts.put(key, owed);
        }
    }

    @Override
    public void recordFulfilment(YearEvent e) {
        Tracked t = tracked(e);
        String key = Objects.requireNonNull(e.obligation());
        t.fulfilled.put(key, e.on());
        if (key.endsWith("#0")) {
            t.input = t.input.withFulfilment(definitionId(key), e.on());
            t.reschedule();
        }
    }

    @Override
    public void recordAcceptance(YearEvent e) {
        Tracked t = tracked(e);
        t.fulfilled.put(Objects.requireNonNull(e.obligation()), e.on());
        t.input = t.input.withFulfilment(definitionId(e.obligation()), e.on()).withEvent(EventType.DELIVERY_ACCEPTED, e.on());
        t.reschedule();
    }

    @Override
    public void amend(YearEvent e) {
        Tracked t = tracked(e);
        t.amendments.add(e.on());
        Money value = e.amount();
        if (value != null) {
            t.contract = t.contract.toBuilder().value(value).build();
            ScheduleInput i = t.input;
            t.input = new ScheduleInput(i.contractId(), value, i.term(), i.contractOwner(), i.eventDates(), i.fulfilledOn());
            t.reschedule();
            rebalance(t, value);
        }
        log.add(e.on() + " " + e.contract() + " amended: " + e.note());
    }

    /**
     * The amendment rule, worked out here independently of the runtime: payments settled keep
     * their amounts and the open incoming payments share the rest of the new value in proportion
     * to their plan amounts, so the schedule adds up to the new value. (The samples' amendment
     * falls when no payment is partly paid, so partial payments need no rule here.)
     */
    private static void rebalance(Tracked t, Money value) {
        Money settled = Money.zero(value.currency());
        List<ScheduledObligation> open = new ArrayList<>();
        for (ScheduledObligation o : t.schedule.obligations()) {
            if (o.definition().kind() != ObligationKind.PAYMENT_IN || o.amount() == null) {
                continue;
            }
            Money done = t.settledAmounts.get(o.key());
            if (done != null) {
                settled = settled.plus(done);
            } else {
                open.add(o);
            }
        }
        t.rebalanced.clear();
        if (open.isEmpty()) {
            return;
        }
        List<Money> shares = value.minus(settled).allocate(
                open.stream().map(o -> Objects.requireNonNull(o.amount()).amount()).toList());
        for (int i = 0; i < open.size(); i++) {
            t.rebalanced.put(open.get(i).key(), shares.get(i));
        }
    }

    @Override
    public void renew(YearEvent e) {
        // Renewing now: the term runs to the end of the next period and one renewal fewer is left.
        Tracked t = tracked(e);
        Contract c = t.contract;
        LocalDate asOf = e.on().isBefore(c.term().effectiveDate()) ? c.term().effectiveDate() : e.on();
        int nextIndex = Renewals.asOf(c.term(), c.renewal(), asOf).current().index() + 1;
        TermPeriod next = Renewals.period(c.term(), c.renewal(), nextIndex);
        RenewalTerms.AutoRenew auto = (RenewalTerms.AutoRenew) c.renewal();
        Integer max = auto.maxRenewals();
        RenewalTerms left = max == null ? auto : max - nextIndex < 1 ? RenewalTerms.fixed()
                : RenewalTerms.autoRenew(auto.renewalPeriod(), auto.noticePeriod(), max - nextIndex);
        t.contract = c.toBuilder().term(Term.fixed(c.term().effectiveDate(), Objects.requireNonNull(next.end())))
                .renewal(left).build();
        log.add(e.on() + " " + e.contract() + " renewal confirmed: " + e.note());
    }

    @Override
    public void runDueWork(Instant now) {
        LocalDate today = clock.today();
        // Windows (last run, now]: a reminder due at exactly the due-work time goes out in this run.
        Instant from = lastDueWork == null ? now : lastDueWork.plusNanos(1);
        Instant to = now.plusNanos(1);
        lastDueWork = now;
        for (Tracked t : byNumber.values()) {
            if (t.signedOn == null) {
                continue;
            }
            List<ReminderSubject> subjects = new ArrayList<>();
            for (ScheduledObligation o : t.schedule.dated()) {
                LocalDate done = t.fulfilled.get(o.key());
                subjects.add(new ReminderSubject(o.key(), Objects.requireNonNull(o.dueDate()), o.owner(),
                        done == null || done.isAfter(today)));
            }
            for (Reminder r : ReminderPlanner.remindersIn(data.reminderPolicy(), subjects, from, to)) {
                String step = r.kind() == Reminder.Kind.LEAD ? r.step().toString() : "+" + r.step();
                reminders.add(new SentReminder(r.localDate(), t.contract.number(), r.subjectKey(), step,
                        r.recipient() + " (" + r.owner().id() + ")", String.join(",", r.channels())));
            }
            for (Alert a : risk.assess(snapshot(t, today), today).alerts()) {
                if (alertKeys.add(a.key())) {
                    boolean chinese = t.sample.templateVersion().locale().equals(ContractLocale.ZH_CN);
                    alerts.add(new RaisedAlert(today, t.contract.number(), a.severity(), a.ruleId(),
                            chinese ? a.messageZh() : a.messageEn()));
                }
            }
        }
    }

    private RiskSnapshot snapshot(Tracked t, LocalDate today) {
        Contract c = t.contract;
        Party counterparty = c.counterparties().get(0);
        List<ObligationSnapshot> obligations = new ArrayList<>();
        for (ScheduledObligation o : t.schedule.dated()) {
            Money amount = t.amount(o);
            Money outstanding = null;
            if (amount != null) {
                Money paid = t.receipts.getOrDefault(o.key(), List.of()).stream().filter(r -> !r.on().isAfter(today))
                        .map(Receipt::amount).reduce(Money.zero(amount.currency()), Money::plus);
                Money rest = amount.minus(paid);
                outstanding = rest.isNegative() ? Money.zero(amount.currency()) : rest;
            }
            obligations.add(new ObligationSnapshot(o.key(),
                    io.pactum.rules.risk.ObligationKind.valueOf(o.definition().kind().name()),
                    Objects.requireNonNull(o.dueDate()), t.fulfilled.get(o.key()), outstanding));
        }
        RiskSnapshot.Builder b = RiskSnapshot.builder(c.id(), c.number(), c.type(), c.department(), counterparty.id(),
                        counterparty.name(), c.value(), t.amendments.isEmpty() ? Objects.requireNonNull(t.signedOn)
                                : t.amendments.get(t.amendments.size() - 1))
                .status(status(t, today)).direction(c.direction()).obligations(obligations)
                .amendmentDates(t.amendments);
        if (!today.isBefore(c.term().effectiveDate())) {
            RenewalPosition position = Renewals.asOf(c.term(), c.renewal(), today);
            LocalDate cancelBy = position.cancelBy();
            LocalDate end = position.current().end();
            if (cancelBy != null && end != null) {
                b.autoRenewal(cancelBy, end.plusDays(1));
            }
            LocalDate expiry = position.expiry();
            if (expiry != null) {
                b.expiryDate(expiry);
            }
        }
        return b.build();
    }

    private static ContractStatus status(Tracked t, LocalDate today) {
        if (t.signedOn == null || t.signedOn.isAfter(today)) {
            return ContractStatus.IN_SIGNATURE;
        }
        return today.isBefore(t.contract.term().effectiveDate()) ? ContractStatus.SIGNED : ContractStatus.ACTIVE;
    }

    /** Notes of what happened beside payments and fulfilments (signatures, amendments, renewals), in order. */
    public List<String> log() {
        return List.copyOf(log);
    }

    /** The ledger as of a date: every sample, its scheduled obligations, receipts, reminders and alerts so far. */
    public Ledger ledger(String title, LocalDate asOf) {
        List<LedgerContract> contracts = new ArrayList<>();
        List<LedgerObligation> obligations = new ArrayList<>();
        for (Tracked t : byNumber.values()) {
            Contract c = t.contract;
            contracts.add(new LedgerContract(c.id().value(), c.number(), c.title(), c.type().value(),
                    c.counterparties().get(0).name(), c.value(), status(t, asOf)));
            for (ScheduledObligation o : t.schedule.obligations()) {
                ObligationKind kind = o.definition().kind();
                obligations.add(new LedgerObligation(c.id().value(), o.key(), o.definition().title(), kind, t.amount(o),
                        o.dueDate(), t.receipts.getOrDefault(o.key(), List.of()), t.fulfilled.get(o.key())));
            }
        }
        return new Ledger(title, asOf, contracts, obligations, reminders, alerts);
    }
}
