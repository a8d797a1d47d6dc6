package io.pactum.core.template.internal;

import io.pactum.core.template.TemplateError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the closed condition grammar:
 * <pre>
 * condition  = or
 * or         = and { "or" and }
 * and        = unary { "and" unary }
 * unary      = "not" unary | "(" condition ")" | operand [ op operand | "in" "[" operand { "," operand } "]" ]
 * op         = "==" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;="
 * operand    = path | number | 'text' | "text" | true | false
 * </pre>
 * Not thread-safe; one instance per condition text.
 */
public final class ConditionParser {

    private static final int MAX_LENGTH = 2_000;
    private static final int MAX_DEPTH = 16;

    private final String text;
    private final int line;
    private final int column;
    private int pos;
    private int depth;

    private ConditionParser(String text, int line, int column) {
        this.text = text;
        this.line = line;
        this.column = column;
    }

    /**
     * Parses a condition.
     *
     * @param text the condition text
     * @param line the line where it starts, for errors
     * @param column the column where it starts, for errors
     * @throws SyntaxError with the position of the problem
     */
    public static Condition parse(String text, int line, int column) {
        ConditionParser p = new ConditionParser(text, line, column);
        if (text.length() > MAX_LENGTH) {
            throw new SyntaxError(TemplateError.LIMIT, line, column, "condition is longer than " + MAX_LENGTH);
        }
        p.skipSpace();
        if (p.pos >= text.length()) {
            throw p.error("empty condition");
        }
        Condition c = p.or();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected \"" + text.substring(p.pos, Math.min(text.length(), p.pos + 10)) + "\"");
        }
        return c;
    }

    private Condition or() {
        List<Condition> parts = new ArrayList<>();
        parts.add(and());
        while (keyword("or")) {
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.Or(parts);
    }

    private Condition and() {
        List<Condition> parts = new ArrayList<>();
        parts.add(unary());
        while (keyword("and")) {
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.And(parts);
    }

    private Condition unary() {
        if (++depth > MAX_DEPTH) {
            throw new SyntaxError(TemplateError.LIMIT, line, column + pos, "condition nests deeper than " + MAX_DEPTH);
        }
        try {
            if (keyword("not")) {
                return new Condition.Not(unary());
            }
            skipSpace();
            if (peek('(')) {
                pos++;
                Condition inner = or();
                skipSpace();
                if (!peek(')')) {
                    throw error("expected )");
                }
                pos++;
                return inner;
            }
            Condition.Operand left = operand();
            skipSpace();
            String op = operator();
            if (op != null) {
                return new Condition.Compare(left, op, operand());
            }
            if (keyword("in")) {
                skipSpace();
                if (!peek('[')) {
                    throw error("expected [ after in");
                }
                pos++;
                List<Condition.Operand> options = new ArrayList<>();
                do {
                    Condition.Operand o = operand();
                    if (o instanceof Condition.Variable) {
                        throw error("the options of in must be literals");
                    }
                    options.add(o);
                    skipSpace();
                } while (consume(','));
                if (!consume(']')) {
                    throw error("expected ] or ,");
                }
                return new Condition.In(left, options);
            }
            if (!(left instanceof Condition.Variable)) {
                throw error("a literal alone is not a condition");
            }
            return new Condition.Truthy(left);
        } finally {
            depth--;
        }
    }

    private Condition.Operand operand() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("expected a variable or a value");
        }
        char c = text.charAt(pos);
        if (c == '\'' || c == '"') {
            int end = text.indexOf(c, pos + 1);
            if (end < 0) {
                throw error("unclosed text literal");
            }
            String value = text.substring(pos + 1, end);
            pos = end + 1;
            return new Condition.TextLiteral(value);
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            int start = pos;
            pos++;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            try {
                return new Condition.NumberLiteral(new BigDecimal(text.substring(start, pos)));
            } catch (NumberFormatException e) {
                pos = start;
                throw error("malformed number");
            }
        }
        int start = pos;
        String path = TemplateParser.readPath(text, pos);
        if (path.isEmpty()) {
            throw error("expected a variable or a value");
        }
        pos += path.length();
        if (path.equals("true") || path.equals("false")) {
            return new Condition.BooleanLiteral(path.equals("true"));
        }
        if (path.equals("and") || path.equals("or") || path.equals("not") || path.equals("in")) {
            pos = start;
            throw error("expected a variable or a value, got " + path);
        }
        List<String> segments = TemplateParser.splitPath(path);
        if (segments == null) {
            pos = start;
            throw error("malformed variable name \"" + path + "\"");
        }
        return new Condition.Variable(segments);
    }

    private @org.jspecify.annotations.Nullable String operator() {
        for (String op : new String[] {"==", "!=", "<=", ">=", "<", ">"}) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return op;
            }
        }
        if (peek('=')) {
            throw error("use == to compare");
        }
        return null;
    }

    private boolean keyword(String word) {
        skipSpace();
        if (text.startsWith(word, pos)) {
            int end = pos + word.length();
            if (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '_') {
                pos = end;
                return true;
            }
        }
        return false;
    }

    private boolean consume(char c) {
        skipSpace();
        if (peek(c)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private SyntaxError error(String detail) {
        return new SyntaxError(TemplateError.SYNTAX, line, column + pos, detail);
    }
}
