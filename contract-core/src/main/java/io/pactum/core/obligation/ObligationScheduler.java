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
        ScheduleInput withFulfilments = input;
        for (Map.Entry<String, LocalDate> e : fulfilmentDates(current).entrySet()) {
            if (!input.fulfilledOn().containsKey(e.getKey())) {
                withFulfilments = withFulfilments.withFulfilment(e.getKey(), e.getValue());
            }
        }
        Schedule schedule = schedule(plan, withFulfilments);
        Map<String, Obligation> byKey = new LinkedHashMap<>();
        for (Obligation o : current) {
            byKey.put(o.scheduled().key(), o);
        }
        List<Obligation> result = new ArrayList<>();
        for (ScheduledObligation s : schedule.obligations()) {
            Obligation existing = byKey.remove(s.key());
            if (existing == null) {
                result.add(Obligation.open(s, actor, at));
            } else if (existing.status().isTerminal() || existing.scheduled().equals(s)) {
                result.add(existing);
            } else {
                result.add(existing.reschedule(s, actor, at, reason));
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
