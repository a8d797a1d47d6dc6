package io.pactum.core.template.internal;

import io.pactum.core.error.ErrorCode;
import io.pactum.core.error.PactumException;

/** A syntax error or limit in template text, with its line and column (both from 1). */
public final class SyntaxError extends PactumException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String detail;

    /**
     * Creates the error.
     *
     * @param code {@code SYNTAX} or {@code LIMIT}
     * @param line the line, from 1
     * @param column the column, from 1
     * @param detail what is wrong
     */
    public SyntaxError(ErrorCode code, int line, int column, String detail) {
        super(code, "", "line " + line + ", column " + column + ": " + detail);
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** The line, from 1. */
    public int line() {
        return line;
    }

    /** The column, from 1. */
    public int column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String detail() {
        return detail;
    }
}
