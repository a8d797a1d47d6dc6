package io.pactum.core.obligation;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns an obligation plan and a contract's facts into dated obligations with owners, and
 * reschedules them when an event date or the plan changes.
 *
 * <p>Amounts: percentages of the contract value in each payment direction are allocated together
 * with {@link Money#allocateByPercent(List)} (any remainder up to 100 is a silent extra part), so
 * percentages summing to 100 give amounts summing exactly to the contract value; a recurring
 * obligation's share is then split evenly among its occurrences with
 * {@link Money#allocateEvenly(int)}. Dates: the rule's date, then the definition's business-day
 * convention on this scheduler's calendar.
 *
 * <p>Immutable and thread-safe.
 */
public final class ObligationScheduler {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BusinessCalendar calendar;

    private ObligationScheduler(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /** A scheduler on a business calendar. */
    public static ObligationScheduler using(BusinessCalendar calendar) {
        return new ObligationScheduler(Objects.requireNonNull(calendar, "calendar"));
    }

    /** The calendar used for business days. */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * Schedules a plan.
     *
     * @param plan the plan
     * @param input the contract's facts and the known event dates
     * @return every obligation, dated where its event is known, pending otherwise
     * @throws PactumException {@link ScheduleError#PLAN_CURRENCY} for a fixed amount in another
     *     currency, {@link ScheduleError#RECURRENCE_INVALID} for a recurrence that is too long,
     *     {@link ScheduleError#PLAN_INVALID} for a due date beyond the years {@link LocalDate} counts
     */
    public Schedule schedule(ObligationPlan plan, ScheduleInput input) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(input, "input");
        Map<Integer, Money> shares = percentShares(plan, input.contractValue());
        List<ScheduledObligation> result = new ArrayList<>();
        List<ObligationDefinition> defs = plan.obligations();
        for (int i = 0; i < defs.size(); i++) {
            ObligationDefinition d = defs.get(i);
            Money fixed = null;
            if (d.amount() instanceof AmountRule.Fixed f) {
                if (!f.amount().currency().equals(input.contractValue().currency())) {
                    throw new PactumException(ScheduleError.PLAN_CURRENCY, "obligations[" + i + "].amount",
                            d.id() + " is in " + f.amount().currency() + ", the contract in "
                                    + input.contractValue().currency());
                }
                fixed = f.amount();
            }
            Money share = shares.get(i);
            try {
                expand(d, fixed, share, input, result);
            } catch (DateTimeException e) {
                // Dates are unbounded in the plan and the input; one near LocalDate.MAX or MIN
                // moved by an offset, a recurrence or a convention leaves the ISO calendar.
                throw new PactumException(ScheduleError.PLAN_INVALID, "obligations[" + i + "].due",
                        d.id() + " falls outside the dates that can be counted: " + e.getMessage());
            }
        }
        return new Schedule(input.contractId(), result);
    }

    /**
     * Reschedules after an event date or the plan changed, keeping history: fulfilled, waived and
     * superseded obligations stay as they are; open ones take their new dates and amounts (with a
     * {@link ObligationEvent.Type#RESCHEDULED} event when something changed); open ones that the
     * new schedule no longer has are superseded; new ones are opened. Fulfilment dates of fully
     * fulfilled definitions feed {@link EventType#OBLIGATION_FULFILLED} rules.
     *
     * @param current the obligations so far
     * @param plan the plan now in force
     * @param input the contract's facts now
     * @param actor who caused the change
     * @param at when
     * @param reason why (for example "delivery accepted" or "amendment A-2")
     * @return the obligations after rescheduling: the new schedule's order, then the kept ones
     */
    public List<Obligation> reschedule(List<Obligation> current, ObligationPlan plan, ScheduleInput input,
            UserId actor, Instant at, String reason) {
        Objects.requireNonNull(current, "current");
        Schedule schedule = schedule(plan, withFulfilments(current, input));
        return merge(current, schedule.obligations(), actor, at, reason, false);
    }

    /**
     * Reschedules like {@link #reschedule} and keeps each payment direction's total on the contract
     * value after the value changed (an amendment): what is settled keeps its amount — fulfilled and
     * waived obligations, and the part already paid of open ones — and the open percentage
     * obligations share the rest of what the plan's percentages give for the new value, in
     * proportion to their new shares (largest remainder, exact), none below what was already paid of
     * it. Fixed amounts are left to the plan. While the value never changed this gives exactly what
     * {@link #reschedule} gives, since every settled obligation then has its planned share.
     *
     * @throws PactumException {@link ScheduleError#FULFILMENT_AMOUNT} at {@code contractValue} when
     *     the new value's share of a direction is less than what is settled of it;
     *     {@link ScheduleError#AMENDMENT_INVALID} at {@code contractValue} when the share changed but
     *     no open percentage obligation is left to carry the change, or when the new value is in
     *     another currency than the obligations; the errors of {@link #reschedule}
     */
    public List<Obligation> rescheduleToValue(List<Obligation> current, ObligationPlan plan, ScheduleInput input,
            UserId actor, Instant at, String reason) {
        Objects.requireNonNull(current, "current");
        requireValueCurrency(current, input.contractValue());
        List<ScheduledObligation> fresh = new ArrayList<>(schedule(plan, withFulfilments(current, input)).obligations());
        Map<String, Obligation> byKey = new HashMap<>();
        for (Obligation o : current) {
            byKey.put(o.scheduled().key(), o);
        }
        for (ObligationKind direction : new ObligationKind[] {ObligationKind.PAYMENT_IN, ObligationKind.PAYMENT_OUT}) {
            rebalance(direction, current, fresh, byKey, input.contractValue());
        }
        return merge(current, fresh, actor, at, reason, true);
    }

    /**
     * An amendment changes the value, not its currency: the payments made stay in theirs, so a new
     * currency is refused here, at the value, before any arithmetic mixes the two.
     */
    private static void requireValueCurrency(List<Obligation> current, Money value) {
        for (Obligation o : current) {
            Money amount = o.scheduled().amount();
            if (amount != null && o.status() != ObligationStatus.SUPERSEDED
                    && !amount.currency().equals(value.currency())) {
                throw new PactumException(ScheduleError.AMENDMENT_INVALID, "contractValue", "the new value " + value
                        + " is in another currency than obligation " + o.scheduled().key() + " (" + amount + ")");
            }
        }
    }

    /** Re-splits the open percentage amounts of one direction in {@code fresh} (in place); see {@link #rescheduleToValue}. */
    private static void rebalance(ObligationKind direction, List<Obligation> current, List<ScheduledObligation> fresh,
            Map<String, Obligation> byKey, Money value) {
        Money target = Money.zero(value.currency());
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            ScheduledObligation s = fresh.get(i);
            if (!isPercentPayment(s.definition(), direction)) {
                continue;
            }
            target = target.plus(Objects.requireNonNull(s.amount()));
            Obligation was = byKey.get(s.key());
            if (was == null || !was.status().isTerminal()) {
                open.add(i);
            }
        }
        Money settled = Money.zero(value.currency());
        for (Obligation o : current) {
            if (o.status().isTerminal() && o.status() != ObligationStatus.SUPERSEDED
                    && isPercentPayment(o.scheduled().definition(), direction)) {
                settled = settled.plus(Objects.requireNonNull(o.scheduled().amount()));
            }
        }
        Money rest = target.minus(settled);
        List<Money> paid = new ArrayList<>();
        Money paidTotal = Money.zero(value.currency());
        for (int i : open) {
            Obligation was = byKey.get(fresh.get(i).key());
            Money p = was == null || was.fulfilledAmount() == null ? Money.zero(value.currency()) : was.fulfilledAmount();
            paid.add(p);
            paidTotal = paidTotal.plus(p);
        }
        if (rest.isLessThan(paidTotal)) {
            throw new PactumException(ScheduleError.FULFILMENT_AMOUNT, "contractValue", direction + " of "
                    + value + " is " + target + ", less than the " + settled.plus(paidTotal) + " already settled");
        }
        if (open.isEmpty()) {
            if (!rest.isZero()) {
                throw new PactumException(ScheduleError.AMENDMENT_INVALID, "contractValue", direction + " of "
                        + value + " is " + target + " but " + settled + " is settled and no "
                        + direction + " obligation is open to carry the difference");
            }
            return;
        }
        List<Money> amounts = waterFill(rest, open, fresh, paid);
        for (int k = 0; k < open.size(); k++) {
            ScheduledObligation s = fresh.get(open.get(k));
            fresh.set(open.get(k), new ScheduledObligation(s.key(), s.definition(), s.occurrence(), amounts.get(k),
                    s.scheduledDate(), s.dueDate(), s.waitingFor()));
        }
    }

    /**
     * Splits {@code total} over the open obligations by their new shares, raising any part below
     * what was already paid of it to that amount and splitting what remains over the others again,
     * until every part covers its payments. Terminates: each round fixes at least one more part.
     */
    private static List<Money> waterFill(Money total, List<Integer> open, List<ScheduledObligation> fresh,
            List<Money> paid) {
        int n = open.size();
        Money[] result = new Money[n];
        Money remaining = total;
        while (true) {
            List<Integer> free = new ArrayList<>();
            List<BigDecimal> weights = new ArrayList<>();
            BigDecimal weightSum = BigDecimal.ZERO;
            for (int k = 0; k < n; k++) {
                if (result[k] == null) {
                    free.add(k);
                    BigDecimal w = Objects.requireNonNull(fresh.get(open.get(k)).amount()).amount();
                    weights.add(w);
                    weightSum = weightSum.add(w);
                }
            }
            if (weightSum.signum() == 0) {
                // Shares of a zero value: split evenly.
                weights.replaceAll(w -> BigDecimal.ONE);
            }
            List<Money> parts = remaining.allocate(weights);
            boolean raised = false;
            for (int j = 0; j < free.size(); j++) {
                int k = free.get(j);
                if (parts.get(j).isLessThan(paid.get(k))) {
                    result[k] = paid.get(k);
                    remaining = remaining.minus(paid.get(k));
                    raised = true;
                }
            }
            if (!raised) {
                for (int j = 0; j < free.size(); j++) {
                    result[free.get(j)] = parts.get(j);
                }
                return List.of(result);
            }
        }
    }

    private static boolean isPercentPayment(ObligationDefinition d, ObligationKind direction) {
        return d.kind() == direction && d.amount() instanceof AmountRule.PercentOfContract;
    }

    private ScheduleInput withFulfilments(List<Obligation> current, ScheduleInput input) {
        ScheduleInput withFulfilments = input;
        for (Map.Entry<String, LocalDate> e : fulfilmentDates(current).entrySet()) {
            if (!input.fulfilledOn().containsKey(e.getKey())) {
                withFulfilments = withFulfilments.withFulfilment(e.getKey(), e.getValue());
            }
        }
        return withFulfilments;
    }

    /** @param closePaid whether an open payment left with nothing outstanding is closed as fulfilled */
    private static List<Obligation> merge(List<Obligation> current, List<ScheduledObligation> schedule, UserId actor,
            Instant at, String reason, boolean closePaid) {
        Map<String, Obligation> byKey = new LinkedHashMap<>();
        for (Obligation o : current) {
            byKey.put(o.scheduled().key(), o);
        }
        List<Obligation> result = new ArrayList<>();
        for (ScheduledObligation s : schedule) {
            Obligation existing = byKey.remove(s.key());
            if (existing == null) {
                result.add(Obligation.open(s, actor, at));
            } else if (existing.status().isTerminal() || existing.scheduled().equals(s)) {
                result.add(existing);
            } else {
                Obligation moved = existing.reschedule(s, actor, at, reason);
                // An amount cut to exactly what was paid leaves nothing to remind of: it is settled.
                boolean paidUp = moved.status().isOpen() && moved.fulfilledAmount() != null
                        && moved.fulfilledAmount().isPositive() && moved.outstanding().orElseThrow().isZero();
                result.add(closePaid && paidUp ? moved.closePaid(actor, at, reason) : moved);
            }
        }
        for (Obligation left : byKey.values()) {
            result.add(left.status().isTerminal() ? left : left.supersede(actor, at, reason));
        }
        return List.copyOf(result);
    }

    private static Map<String, LocalDate> fulfilmentDates(List<Obligation> current) {
        Map<String, LocalDate> last = new HashMap<>();
        Map<String, Boolean> complete = new HashMap<>();
        for (Obligation o : current) {
            String id = o.scheduled().definition().id();
            boolean done = o.status() == ObligationStatus.FULFILLED || o.status() == ObligationStatus.WAIVED;
            complete.merge(id, done, Boolean::logicalAnd);
            LocalDate on = o.fulfilledOn().orElse(null);
            if (on != null) {
                last.merge(id, on, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<String, LocalDate> result = new HashMap<>();
        last.forEach((id, date) -> {
            if (complete.getOrDefault(id, false)) {
                result.put(id, date);
            }
        });
        return result;
    }

    private void expand(ObligationDefinition d, @Nullable Money fixed, @Nullable Money share, ScheduleInput input,
            List<ScheduledObligation> out) {
        DueRule rule = d.due();
        DueRule start = rule instanceof DueRule.Recurring r ? r.start() : rule;
        LocalDate anchor;
        if (start instanceof DueRule.OnDate on) {
            anchor = on.date();
        } else {
            DueRule.AfterEvent after = (DueRule.AfterEvent) start;
            LocalDate event = input.dateOf(after.event()).orElse(null);
            if (event == null) {
                Money amount = fixed != null ? fixed : share;
                out.add(new ScheduledObligation(ScheduledObligation.key(d.id(), 0), d, 0, amount, null, null,
                        after.event()));
                return;
            }
            anchor = after.offset().applyTo(event, calendar);
        }
        if (!(rule instanceof DueRule.Recurring)) {
            out.add(dated(d, 0, fixed != null ? fixed : share, anchor));
            return;
        }
        List<LocalDate> dates = ((DueRule.Recurring) rule).recurrence().occurrences(anchor);
        if (dates.isEmpty()) {
            throw new PactumException(ScheduleError.RECURRENCE_INVALID, "due",
                    d.id() + " recurs until a date before its first occurrence " + anchor + ": no occurrence");
        }
        List<Money> parts = share == null ? null : share.allocateEvenly(dates.size());
        for (int n = 0; n < dates.size(); n++) {
            out.add(dated(d, n, fixed != null ? fixed : parts == null ? null : parts.get(n), dates.get(n)));
        }
    }

    private ScheduledObligation dated(ObligationDefinition d, int n, @Nullable Money amount, LocalDate date) {
        return new ScheduledObligation(ScheduledObligation.key(d.id(), n), d, n, amount, date,
                calendar.adjust(date, d.convention()), null);
    }

    private static Map<Integer, Money> percentShares(ObligationPlan plan, Money contractValue) {
        Map<Integer, Money> shares = new HashMap<>();
        for (ObligationKind direction : new ObligationKind[] {ObligationKind.PAYMENT_IN, ObligationKind.PAYMENT_OUT}) {
            List<Integer> indices = new ArrayList<>();
            List<BigDecimal> percents = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < plan.obligations().size(); i++) {
                ObligationDefinition d = plan.obligations().get(i);
                if (d.kind() == direction && d.amount() instanceof AmountRule.PercentOfContract p) {
                    indices.add(i);
                    percents.add(p.percent());
                    sum = sum.add(p.percent());
                }
            }
            if (indices.isEmpty()) {
                continue;
            }
            if (sum.compareTo(HUNDRED) < 0) {
                // The unallocated rest is one more part, so the listed parts round exactly as they
                // would if the plan were completed later.
                percents.add(HUNDRED.subtract(sum));
            }
            List<Money> parts = contractValue.allocateByPercent(percents);
            for (int k = 0; k < indices.size(); k++) {
                shares.put(indices.get(k), parts.get(k));
            }
        }
        return shares;
    }
}
