package io.pactum.core.contract.type;

/** The type of a custom field defined by a contract type. */
public enum FieldType {
    /** One line of text (no line breaks), at most {@code maxLength} characters (200 by default). */
    STRING,
    /** Free text with line breaks, at most {@code maxLength} characters (10,000 by default). */
    TEXT,
    /** A whole number, within {@code min} and {@code max} when given. */
    INTEGER,
    /** An exact decimal number, within {@code min} and {@code max} when given. */
    DECIMAL,
    /** An amount of money, in {@code currency} when given, within {@code min} and {@code max} when given. */
    MONEY,
    /** An ISO-8601 date such as {@code 2026-11-22}. */
    DATE,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of the field's {@code allowedValues}. */
    ENUM,
    /** The id of one of the contract's parties. */
    PARTY_REFERENCE
}
