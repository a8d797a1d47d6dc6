package io.pactum.core.obligation;

/** How often a recurring obligation comes back. Immutable and thread-safe. */
public enum Frequency {
    /** Every day. */
    DAILY(0),
    /** Every week. */
    WEEKLY(0),
    /** Every month. */
    MONTHLY(1),
    /** Every three months. */
    QUARTERLY(3),
    /** Every six months. */
    SEMI_ANNUAL(6),
    /** Every year. */
    YEARLY(12);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    /** The months in one period, {@code 0} for the day-based frequencies. */
    public int months() {
        return months;
    }
}
