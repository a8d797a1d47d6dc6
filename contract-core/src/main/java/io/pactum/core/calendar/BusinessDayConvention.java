package io.pactum.core.calendar;

/**
 * How a date that falls on a non-business day is moved onto a business day.
 *
 * <p>Immutable and thread-safe.
 */
public enum BusinessDayConvention {
    /** The first business day on or after the date. */
    FOLLOWING,
    /**
     * The first business day on or after the date, unless that is in the next month: then the last
     * business day before it. Keeps month-end payments in their month.
     */
    MODIFIED_FOLLOWING,
    /** The last business day on or before the date. */
    PRECEDING,
    /** The date is kept as it is, business day or not. */
    NONE
}
