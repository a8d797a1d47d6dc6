package io.pactum.core.template;

import io.pactum.core.error.ErrorCode;

/** The error codes of clause libraries, templates and composition: PCT-2001 to PCT-2999. */
public enum TemplateError implements ErrorCode {
    /** Template text does not follow the syntax; the message names line and column. */
    SYNTAX("PCT-2001", "template text has a syntax error"),
    /** A variable is used by a template or given a value but is not in the schema. */
    UNKNOWN_VARIABLE("PCT-2002", "variable is not defined by the template's schema"),
    /** A value, a formatter or a comparison does not fit the variable's type. */
    TYPE_MISMATCH("PCT-2003", "value does not match the variable's type"),
    /** A required variable has no value. */
    MISSING_VALUE("PCT-2004", "a required variable has no value"),
    /** A cross-reference names an anchor that is not in the composed document. */
    BROKEN_REFERENCE("PCT-2005", "cross-reference points at no section"),
    /** Only a published template version can be used to draft. */
    NOT_PUBLISHED("PCT-2006", "template version is not published"),
    /** A retired clause version cannot be used. */
    CLAUSE_RETIRED("PCT-2007", "clause version is retired"),
    /** A clause version that is not approved cannot be used. */
    CLAUSE_NOT_APPROVED("PCT-2008", "clause version is not approved"),
    /** A section references a clause or clause version the library does not have. */
    UNKNOWN_CLAUSE("PCT-2009", "clause or clause version is not in the library"),
    /** A chosen variant key is not one of the clause version's variants. */
    UNKNOWN_VARIANT("PCT-2010", "clause has no such variant"),
    /** A clause is written in another locale than the template. */
    LOCALE_MISMATCH("PCT-2011", "clause locale differs from the template locale"),
    /** An enum value is not one of the allowed values. */
    VALUE_NOT_ALLOWED("PCT-2012", "value is not one of the allowed values"),
    /** A variable schema is inconsistent (duplicate names, enum without values, list without fields). */
    BAD_SCHEMA("PCT-2013", "variable schema is inconsistent"),
    /** A section is inconsistent (duplicate anchor, neither text nor clause nor subsections). */
    BAD_SECTION("PCT-2014", "section is inconsistent"),
    /** A composition request names a section or clause the template does not have. */
    UNKNOWN_SECTION("PCT-2015", "no such section or clause in the template"),
    /** A resource referenced from JSON could not be loaded. */
    RESOURCE_MISSING("PCT-2016", "referenced resource was not found"),
    /** Template text exceeds a limit (length, nesting). */
    LIMIT("PCT-2017", "template text exceeds a limit"),
    /** A template's versions are inconsistent (another template id, duplicate numbers). */
    BAD_TEMPLATE("PCT-2018", "template is inconsistent");

    private final String code;
    private final String summary;

    TemplateError(String code, String summary) {
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
