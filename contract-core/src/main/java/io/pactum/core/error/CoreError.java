package io.pactum.core.error;

/**
 * The error codes of {@code contract-core}'s foundation: money, the contract model, the lifecycle,
 * contract types and the JSON codec.
 *
 * <p>Ranges owned by each area of the library:
 * <ul>
 *   <li>1000–1099 money; 1100–1199 contract model; 1200–1299 lifecycle;
 *       1300–1399 contract types and custom fields; 1400–1499 JSON input; 1500–1599 validation</li>
 *   <li>2000–2999 clauses and templates</li>
 *   <li>3000–3999 calendars, obligations, scheduling, reminders, renewals, amendments</li>
 *   <li>4000–4999 conditions, approval routing and the approval process</li>
 *   <li>5000–5999 risk alerts</li>
 *   <li>6000–6999 SPI and runtime; 7000–7999 JDBC adapter</li>
 * </ul>
 */
public enum CoreError implements ErrorCode {
    /** Two amounts in different currencies were combined. */
    CURRENCY_MISMATCH("PCT-1001", "amounts in different currencies cannot be combined"),
    /** An amount has more decimals than its currency's minor unit. */
    AMOUNT_SCALE("PCT-1002", "amount has more decimal places than the currency allows"),
    /** A currency without a defined minor unit (such as XAU) or an unknown code. */
    UNSUPPORTED_CURRENCY("PCT-1003", "currency is unknown or has no minor unit"),
    /** Allocation weights are empty, negative or sum to zero. */
    INVALID_ALLOCATION("PCT-1004", "allocation weights must be non-empty, non-negative and not all zero"),
    /** Percentages given for an allocation do not sum to 100. */
    PERCENTAGES_NOT_100("PCT-1005", "percentages must sum to exactly 100"),
    /** A malformed amount text. */
    MALFORMED_AMOUNT("PCT-1006", "amount is not a decimal number"),

    /** A required value is missing. */
    REQUIRED("PCT-1101", "a required value is missing"),
    /** A value is outside its allowed range or length. */
    OUT_OF_RANGE("PCT-1102", "value is outside its allowed range"),
    /** A value is not one of the allowed values. */
    NOT_ALLOWED("PCT-1103", "value is not one of the allowed values"),
    /** Dates are in the wrong order, for example an end date before the effective date. */
    DATE_ORDER("PCT-1104", "dates are in the wrong order"),
    /** Two items that must be unique share an id or key. */
    DUPLICATE("PCT-1105", "duplicate id or key"),
    /** A reference points at something that does not exist. */
    UNKNOWN_REFERENCE("PCT-1106", "reference points at nothing"),
    /** A malformed identifier. */
    MALFORMED_ID("PCT-1107", "identifier is blank, too long or has forbidden characters"),

    /** A lifecycle transition that the transition table does not allow from the current state. */
    ILLEGAL_TRANSITION("PCT-1201", "transition is not allowed in the current state"),
    /** Signed content was changed outside an amendment. */
    SIGNED_CONTENT_LOCKED("PCT-1202", "signed content can only change through an amendment"),

    /** A custom attribute has no definition in the contract type. */
    UNKNOWN_FIELD("PCT-1301", "custom attribute is not defined by the contract type"),
    /** A custom attribute value does not match its field type. */
    FIELD_TYPE_MISMATCH("PCT-1302", "custom attribute value does not match its field type"),
    /** A malformed numbering pattern. */
    BAD_NUMBERING_PATTERN("PCT-1303", "numbering pattern is malformed"),
    /** A field definition is inconsistent (bounds reversed, enum without values...). */
    BAD_FIELD_DEFINITION("PCT-1304", "field definition is inconsistent"),

    /** The input is not well-formed JSON. */
    JSON_SYNTAX("PCT-1401", "input is not well-formed JSON"),
    /** The JSON input exceeds a parser limit (size, nesting depth, string length). */
    JSON_LIMIT("PCT-1402", "input exceeds a parser limit"),
    /** A JSON property is not part of the format. */
    JSON_UNKNOWN_PROPERTY("PCT-1403", "unknown property"),
    /** A JSON value has the wrong type. */
    JSON_WRONG_TYPE("PCT-1404", "value has the wrong JSON type"),
    /** A polymorphic {@code kind} name is not registered. */
    JSON_UNKNOWN_KIND("PCT-1405", "unknown kind name"),
    /** A JSON text value cannot be parsed as the expected value (date, amount, period...). */
    JSON_BAD_VALUE("PCT-1406", "value cannot be parsed"),

    /** A Jakarta Validation constraint was violated. */
    CONSTRAINT("PCT-1501", "constraint violated");

    private final String code;
    private final String summary;

    CoreError(String code, String summary) {
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
