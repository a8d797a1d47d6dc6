package io.pactum.benchmarks.schedule;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.calendar.BusinessDayConvention;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.Term;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.core.obligation.AmountRule;
import io.pactum.core.obligation.DueRule;
import io.pactum.core.obligation.EventRef;
import io.pactum.core.obligation.EventType;
import io.pactum.core.obligation.Frequency;
import io.pactum.core.obligation.ObligationDefinition;
import io.pactum.core.obligation.ObligationKind;
import io.pactum.core.obligation.ObligationPlan;
import io.pactum.core.obligation.ObligationScheduler;
import io.pactum.core.obligation.Offset;
import io.pactum.core.obligation.Owner;
import io.pactum.core.obligation.PaymentStage;
import io.pactum.core.obligation.Recurrence;
import io.pactum.core.obligation.Schedule;
import io.pactum.core.obligation.ScheduleInput;
import io.pactum.core.obligation.Side;
import io.pactum.core.reminder.Reminder;
import io.pactum.core.reminder.ReminderPlanner;
import io.pactum.core.reminder.ReminderPolicy;
import io.pactum.core.reminder.ReminderSubject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Expanding obligation plans for 100,000 contracts (12 obligations each, on the China calendar),
 * one day's reminders over 1,000,000 obligations, and a 1,200-month last-day-of-month recurrence
 * expanded by Pactum and by lib-recur ({@code FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=1200}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class ScheduleBenchmark {

    private static final int CONTRACTS = 100_000;
    private static final int OBLIGATIONS = 1_000_000;
    private static final int MONTHS = 1_200;

    private ObligationScheduler scheduler;
    private ObligationPlan plan;
    private List<ScheduleInput> inputs;
    private ReminderPolicy policy;
    private List<ReminderSubject> subjects;
    private Instant dayStart;
    private Instant dayEnd;
    private Recurrence monthEnds;
    private RecurrenceRule rule;

    /** Builds the inputs once; checks that Pactum and lib-recur agree on the recurrence. */
    @Setup
    public void setUp() throws InvalidRecurrenceRuleException {
        scheduler = ObligationScheduler.using(BusinessCalendar.chinaMainland());
        Owner finance = Owner.role("finance");
        Owner pm = Owner.role("pm");
        plan = ObligationPlan.of(
                pay("down", PaymentStage.DOWN_PAYMENT, "30", DueRule.after(EventRef.of(EventType.SIGNATURE),
                        Offset.of(10, Offset.Unit.BUSINESS_DAYS)), finance),
                pay("progress", PaymentStage.PROGRESS, "40", DueRule.after(EventRef.of(EventType.EFFECTIVE_DATE),
                        Offset.of(3, Offset.Unit.MONTHS).toEndOfMonth()), finance),
                pay("acceptance-pay", PaymentStage.ACCEPTANCE, "25", DueRule.after(EventRef.of(EventType.SIGNATURE),
                        Offset.of(6, Offset.Unit.MONTHS)), finance),
                pay("retention", PaymentStage.RETENTION, "5", DueRule.after(EventRef.of(EventType.DELIVERY_ACCEPTED),
                        Offset.of(12, Offset.Unit.MONTHS)), finance),
                ObligationDefinition.task("delivery", ObligationKind.DELIVERY, "deliver", Side.US, pm,
                        DueRule.after(EventRef.of(EventType.EFFECTIVE_DATE), Offset.of(60, Offset.Unit.CALENDAR_DAYS)),
                        BusinessDayConvention.PRECEDING),
                ObligationDefinition.task("acceptance", ObligationKind.ACCEPTANCE, "accept", Side.COUNTERPARTY, pm,
                        DueRule.after(EventRef.fulfilmentOf("delivery"), Offset.of(5, Offset.Unit.BUSINESS_DAYS)),
                        BusinessDayConvention.NONE),
                ObligationDefinition.task("report", ObligationKind.REPORT, "monthly report", Side.US, pm,
                        DueRule.recurring(DueRule.after(EventRef.of(EventType.EFFECTIVE_DATE),
                                Offset.of(1, Offset.Unit.MONTHS).toEndOfMonth()),
                                Recurrence.times(Frequency.MONTHLY, 1, 6).onLastDayOfMonth()),
                        BusinessDayConvention.PRECEDING));
        inputs = new ArrayList<>(CONTRACTS);
        for (int i = 0; i < CONTRACTS; i++) {
            LocalDate signed = LocalDate.of(2024, 1, 1).plusDays(i % 900);
            inputs.add(ScheduleInput.of(ContractId.of("C-" + i), Money.ofMinor(100_000_00L + 997L * i,
                    Money.currency("CNY")), Term.fixed(signed.plusDays(7), signed.plusDays(7 + 364)),
                    Owner.person(UserId.of("u-" + (i % 500)))).withEvent(EventType.SIGNATURE, signed));
        }
        Schedule sample = scheduler.schedule(plan, inputs.get(0));
        if (sample.obligations().size() != 12) {
            throw new IllegalStateException("expected 12 obligations per contract, got " + sample.obligations().size());
        }

        policy = ReminderPolicy.standard(ZoneId.of("Asia/Shanghai"));
        subjects = new ArrayList<>(OBLIGATIONS);
        for (int i = 0; i < OBLIGATIONS; i++) {
            subjects.add(new ReminderSubject("C-" + (i / 12) + "/o#" + (i % 12), LocalDate.of(2026, 1, 1).plusDays(i % 365),
                    Owner.role("finance"), i % 10 != 0));
        }
        dayStart = Instant.parse("2026-06-15T00:00:00Z");
        dayEnd = Instant.parse("2026-06-16T00:00:00Z");

        monthEnds = Recurrence.times(Frequency.MONTHLY, 1, MONTHS).onLastDayOfMonth();
        rule = new RecurrenceRule("FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=" + MONTHS);
        List<LocalDate> ours = monthEnds.occurrences(LocalDate.of(2000, 1, 31));
        RecurrenceRuleIterator it = rule.iterator(new DateTime(2000, 0, 31));
        for (int n = 0; it.hasNext(); n++) {
            DateTime t = it.nextDateTime();
            LocalDate theirs = LocalDate.of(t.getYear(), t.getMonth() + 1, t.getDayOfMonth());
            if (!theirs.equals(ours.get(n))) {
                throw new IllegalStateException("lib-recur and Pactum disagree at " + n + ": " + theirs + " vs " + ours.get(n));
            }
        }
    }

    private static ObligationDefinition pay(String id, PaymentStage stage, String percent, DueRule due, Owner owner) {
        return ObligationDefinition.payment(id, ObligationKind.PAYMENT_IN, stage, id, Side.COUNTERPARTY, owner,
                AmountRule.percent(percent), due, BusinessDayConvention.FOLLOWING);
    }

    /** 100,000 contracts × 12 obligations: allocation, business days, recurrence. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long expandPlans100kContracts() {
        long n = 0;
        for (ScheduleInput input : inputs) {
            n += scheduler.schedule(plan, input).obligations().size();
        }
        return n;
    }

    /** One day's reminders over 1,000,000 obligations (standard policy, Asia/Shanghai). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Reminder> remindersOneDay1mObligations() {
        return ReminderPlanner.remindersIn(policy, subjects, dayStart, dayEnd);
    }

    /** Pactum: 1,200 month ends from 2000-01-31. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<LocalDate> monthlyRecurrencePactum() {
        return monthEnds.occurrences(LocalDate.of(2000, 1, 31));
    }

    /** lib-recur: the same 1,200 month ends. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void monthlyRecurrenceLibRecur(Blackhole bh) {
        RecurrenceRuleIterator it = rule.iterator(new DateTime(2000, 0, 31));
        while (it.hasNext()) {
            bh.consume(it.nextDateTime());
        }
    }
}
