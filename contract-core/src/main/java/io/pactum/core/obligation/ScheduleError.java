package io.pactum.core.obligation;

import io.pactum.core.error.ErrorCode;

/**
 * The error codes of calendars, obligation plans, scheduling, the obligation lifecycle,
 * reminders, renewals and amendments: the range {@code PCT-3000}–{@code PCT-3999}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ScheduleError implements ErrorCode {
    /** A business calendar lists a date both as a holiday and as a make-up working day, or is otherwise inconsistent. */
    CALENDAR_CONFLICT("PCT-3001", "business calendar is inconsistent"),
    /** A built-in calendar name is unknown or its data could not be read. */
    CALENDAR_UNAVAILABLE("PCT-3002", "business calendar is not available"),
    /** No business day was found within the search limit (a calendar without working days). */
    NO_BUSINESS_DAY("PCT-3003", "no business day within the search limit"),
    /** An obligation plan is inconsistent: duplicate ids, missing amounts, unknown references, cycles. */
    PLAN_INVALID("PCT-3010", "obligation plan is inconsistent"),
    /** Percentages of the contract value in one payment direction exceed 100. */
    PERCENTAGES_OVER_100("PCT-3011", "percentages of the contract value exceed 100"),
    /** A recurrence is malformed or would produce more occurrences than allowed. */
    RECURRENCE_INVALID("PCT-3012", "recurrence is malformed or too long"),
    /** An amount is in another currency than the contract value. */
    PLAN_CURRENCY("PCT-3013", "amount is in another currency than the contract"),
    /** A lifecycle change that the obligation's current status does not allow. */
    ILLEGAL_OBLIGATION_TRANSITION("PCT-3020", "obligation status change is not allowed"),
    /** A fulfilment amount is not positive, in the wrong currency, or more than what is outstanding. */
    FULFILMENT_AMOUNT("PCT-3021", "fulfilment amount is not acceptable"),
    /** The obligation requires evidence and the fulfilment brings none. */
    EVIDENCE_MISSING("PCT-3022", "fulfilment needs evidence"),
    /** A stored obligation ledger is inconsistent (an obligation twice, a definition the plan lacks, amounts that do not add up). */
    LEDGER_INVALID("PCT-3023", "obligation ledger is inconsistent"),
    /** A reminder policy is inconsistent (no lead time and no escalation, duplicate steps...). */
    REMINDER_POLICY_INVALID("PCT-3030", "reminder policy is inconsistent"),
    /** A reminder window ends before it starts. */
    WINDOW_ORDER("PCT-3031", "window ends before it starts"),
    /** Renewal arithmetic was asked about a date before the term starts or an impossible notice. */
    RENEWAL_INVALID("PCT-3040", "renewal question cannot be answered"),
    /** An amendment takes effect before the contract or before an amendment already recorded. */
    AMENDMENT_ORDER("PCT-3050", "amendment effective date is out of order"),
    /** An amendment is inconsistent with the terms it changes. */
    AMENDMENT_INVALID("PCT-3051", "amendment is inconsistent with the terms");

    private final String code;
    private final String summary;

    ScheduleError(String code, String summary) {
        this.code = code;
        this.summary = summary;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String summary() {
        return summary;
    }
}
