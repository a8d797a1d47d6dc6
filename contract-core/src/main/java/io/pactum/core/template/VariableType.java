package io.pactum.core.template;

/** The type of a template variable; decides which values fit and how they are formatted. */
public enum VariableType {
    /** One line of text. */
    STRING,
    /** Text that may span lines. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** A decimal number (an integer value fits too). */
    DECIMAL,
    /** An amount of money with its currency. */
    MONEY,
    /** A percentage, given as the number of percent ({@code 5} for 5%). */
    PERCENT,
    /** A calendar date. */
    DATE,
    /** A length of time in years, months and days. */
    DURATION,
    /** Yes or no. */
    BOOLEAN,
    /** One of a fixed list of texts. */
    ENUM,
    /** A party: name, and optionally address, representative and registration number. */
    PARTY,
    /** A list of records (line items, milestones), each with the fields the definition lists. */
    LIST
}
