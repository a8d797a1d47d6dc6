package io.pactum.examples.quickstart.year;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the simulated year asks the host to do. The quickstart's final assembly fills these with
 * runtime commands (sign, record a payment, fulfil, accept, amend, renew, run due work); tests
 * fill them with recorders. Each call happens with the {@link SimulatedClock} already standing at
 * the moment of the call, so a runtime reading the clock sees the simulated time.
 *
 * <p>Order on a day: the day's events in script order (each followed by {@link #eventDone}), then
 * due work, then (on the last day of a month) {@link #endOfMonth}, then {@link #dayDone}.
 */
public interface YearHooks {

    /** Before the first day; the clock stands at the first day's due-work time. */
    default void startOfYear(LocalDate firstDay) {
    }

    /** Both parties signed: activate the contract and schedule its obligation plan. */
    void sign(YearEvent event);

    /** A payment (whole or part) against the obligation {@link YearEvent#obligation()}. */
    void recordPayment(YearEvent event);

    /** A delivery, report or other task obligation fulfilled. */
    void recordFulfilment(YearEvent event);

    /** The counterparty accepted: fulfil the acceptance and date the payments waiting for it. */
    void recordAcceptance(YearEvent event);

    /** An amendment; with an amount, the new contract value (reschedule open obligations). */
    void amend(YearEvent event);

    /** The contract renews. */
    void renew(YearEvent event);

    /**
     * Due work at {@code now}: reminders, obligations becoming due or overdue, risk alerts, outbox
     * dispatch. Called every day, or only on month ends with {@link SimulatedYear.Cadence#MONTHLY}.
     */
    void runDueWork(Instant now);

    /**
     * After an event's hook returned; {@code doneOnDay} events of its day are done now. A host that
     * can be interrupted records its progress here.
     */
    default void eventDone(YearEvent event, int doneOnDay) {
    }

    /** After a day's events, due work and month end. */
    default void dayDone(LocalDate day) {
    }

    /** After the last day of a month; a place for month-end reports. */
    default void endOfMonth(YearMonth month) {
    }

    /** After the last day of the year. */
    default void endOfYear(LocalDate lastDay) {
    }
}
