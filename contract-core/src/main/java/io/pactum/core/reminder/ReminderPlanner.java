package io.pactum.core.reminder;

import io.pactum.core.error.PactumException;
import io.pactum.core.obligation.ScheduleError;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Computes the reminders due in a window of time, deterministically.
 *
 * <p>Each reminder has exactly one send instant: its local date at the policy's {@code sendAt} in
 * the policy's zone, resolved as {@link ZonedDateTime#of} does (a time in a daylight-saving gap
 * moves forward by the gap's length; a time in an overlap takes the earlier offset). So a 09:00
 * reminder fires once per local day whatever the clocks do, and a window {@code [from, to)}
 * contains a reminder if and only if its instant lies in it: the reminders of a window are
 * exactly the union of those of any split of it into adjacent sub-windows, with no duplicates.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReminderPlanner {

    private static final Comparator<Reminder> ORDER = Comparator.comparing(Reminder::at)
            .thenComparing(Reminder::idempotencyKey);

    private ReminderPlanner() {
    }

    /**
     * Every reminder whose send instant lies in {@code [from, to)}, ordered by instant then key.
     *
     * @param policy the policy
     * @param subjects the obligations; closed ones produce nothing
     * @param from the window's start, inclusive
     * @param to the window's end, exclusive
     * @throws PactumException {@link ScheduleError#WINDOW_ORDER} if {@code to} is before {@code from}
     */
    public static List<Reminder> remindersIn(ReminderPolicy policy, Collection<ReminderSubject> subjects, Instant from,
            Instant to) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(subjects, "subjects");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new PactumException(ScheduleError.WINDOW_ORDER, "to", "window ends at " + to + ", before " + from);
        }
        List<Reminder> result = new ArrayList<>();
        for (ReminderSubject s : subjects) {
            if (!s.open()) {
                continue;
            }
            for (Period lead : policy.leadTimes()) {
                LocalDate day = shifted(s.dueDate(), lead, false);
                if (day != null) {
                    add(policy, s, Reminder.Kind.LEAD, lead, day, policy.recipients(), policy.channels(), from, to,
                            result);
                }
            }
            for (EscalationStep step : policy.escalation()) {
                LocalDate day = shifted(s.dueDate(), step.after(), true);
                if (day != null) {
                    add(policy, s, Reminder.Kind.ESCALATION, step.after(), day, step.recipients(), step.channels(),
                            from, to, result);
                }
            }
        }
        result.sort(ORDER);
        return List.copyOf(result);
    }

    /**
     * The reminders missed during an outage {@code [lastRunEnd, now)}, by an explicit choice.
     * The host then carries on with windows from {@code now}.
     *
     * @param mode what to do with missed reminders
     */
    public static List<Reminder> catchUp(ReminderPolicy policy, Collection<ReminderSubject> subjects,
            Instant lastRunEnd, Instant now, CatchUp mode) {
        Objects.requireNonNull(mode, "mode");
        List<Reminder> missed = remindersIn(policy, subjects, lastRunEnd, now);
        if (mode == CatchUp.SEND_ALL) {
            return missed;
        }
        if (mode == CatchUp.SKIP) {
            return List.of();
        }
        Map<String, Reminder> latest = new LinkedHashMap<>();
        for (Reminder r : missed) {
            // missed is ordered by instant, so the last put per obligation and recipient wins.
            latest.put(r.subjectKey() + "|" + r.recipient(), r);
        }
        List<Reminder> result = new ArrayList<>(latest.values());
        result.sort(ORDER);
        return List.copyOf(result);
    }

    /** The idempotency key of a reminder; stable across runs and hosts. */
    public static String idempotencyKey(ReminderPolicy policy, ReminderSubject subject, Reminder.Kind kind, Period step,
            RecipientRole recipient) {
        return policy.id() + "|" + subject.key() + "|" + kind + "|" + step + "|" + subject.dueDate() + "|" + recipient;
    }

    /**
     * The due date moved later or earlier by a period, or {@code null} when that lies outside the calendar
     * {@link LocalDate} can count (a due date near {@link LocalDate#MAX} or {@link LocalDate#MIN}):
     * such a day is in no window a host can ask for, so it sends nothing rather than failing every
     * other subject of the run with a {@link java.time.DateTimeException}.
     */
    private static @Nullable LocalDate shifted(LocalDate due, Period by, boolean later) {
        try {
            return later ? due.plus(by) : due.minus(by);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static void add(ReminderPolicy policy, ReminderSubject s, Reminder.Kind kind, Period step, LocalDate day,
            List<RecipientRole> recipients, List<String> channels, Instant from, Instant to, List<Reminder> out) {
        Instant at = ZonedDateTime.of(day, policy.sendAt(), policy.zone()).toInstant();
        if (at.isBefore(from) || !at.isBefore(to)) {
            return;
        }
        for (RecipientRole role : recipients) {
            out.add(new Reminder(idempotencyKey(policy, s, kind, step, role), s.key(), s.owner(), kind, step, role,
                    channels, day, at, s.dueDate()));
        }
    }
}
