package io.pactum.rules.risk;

import io.pactum.core.error.ErrorCode;

/**
 * The error codes of risk profiles, snapshots and scans (range 5000–5999).
 *
 * <p>5001–5019 risk profiles; 5020–5039 snapshots; 5040–5059 scans and monitors.
 */
public enum RiskError implements ErrorCode {
    /** A threshold in a risk profile is out of range (negative days, a share above 100%...). */
    BAD_THRESHOLD("PCT-5001", "risk threshold is out of range"),
    /** Two profiles for the same contract type, or two custom rules with one id. */
    DUPLICATE_PROFILE("PCT-5002", "risk profile or custom rule is defined twice"),
    /** A custom rule's id is not a lowercase name. */
    BAD_RULE_ID("PCT-5003", "custom rule id must be a lowercase name"),
    /** A message text is blank or too long. */
    BAD_MESSAGE("PCT-5005", "alert message text is invalid"),

    /** A snapshot value is invalid (blank id, negative amount, an obligation twice...). */
    BAD_SNAPSHOT("PCT-5020", "risk snapshot value is invalid"),
    /** A budget ceiling and the amount spent are in different currencies. */
    SNAPSHOT_CURRENCY("PCT-5021", "budget ceiling and spend are in different currencies"),
    /** An amount does not fit the compact snapshot (beyond 2^63 minor units). */
    AMOUNT_OUT_OF_RANGE("PCT-5022", "amount is too large for a risk snapshot"),

    /** Two scan parts of different dates or profiles were merged. */
    PARTS_DO_NOT_MATCH("PCT-5040", "scan parts are of different dates or engines"),
    /** A contract appears twice in one scan. */
    DUPLICATE_CONTRACT("PCT-5041", "a contract appears twice in a scan"),
    /** A monitor was asked to move back in time. */
    DATE_BACKWARDS("PCT-5042", "a monitor only moves forward in time"),
    /** A portfolio total does not fit a long of minor units. */
    TOTAL_OVERFLOW("PCT-5043", "portfolio total is too large"),
    /** A monitor was asked to change an obligation of a contract it does not watch. */
    UNKNOWN_CONTRACT("PCT-5044", "the contract is not watched"),
    /** A risk batch was given more contracts than it can hold ({@link RiskBatch#MAX_CONTRACTS}). */
    BATCH_FULL("PCT-5045", "a risk batch is full");

    private final String code;
    private final String summary;

    RiskError(String code, String summary) {
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
