package io.pactum.core.template.internal;

import io.pactum.core.clause.ContractLocale;
import io.pactum.core.template.VariableValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders a compiled template. It reads only the variable values it is given and the section
 * numbers for cross-references; it never calls methods of host objects. Not thread-safe: one
 * instance per composition.
 */
public final class Renderer {

    private final Map<String, VariableValue> globals;
    private final ContractLocale locale;
    private final Map<String, String> references;
    private final List<Map<String, VariableValue>> rows = new ArrayList<>();
    private final List<Integer> rowNumbers = new ArrayList<>();
    private final List<String> brokenReferences = new ArrayList<>();
    private final StringBuilder scratch = new StringBuilder(1024);
    // Outside loops a variable always prints the same text within one composition, and contracts
    // repeat their key values (price, dates, parties) many times: format each once.
    private final Map<String, String> formatted = new java.util.HashMap<>();

    /**
     * Creates a renderer.
     *
     * @param globals the variable values
     * @param locale the document locale
     * @param references the text of each included section's reference, by anchor ("Section 2.1", "第三条")
     */
    public Renderer(Map<String, VariableValue> globals, ContractLocale locale, Map<String, String> references) {
        this.globals = globals;
        this.locale = locale;
        this.references = references;
    }

    /** A buffer the caller may reuse for rendering one text at a time with this renderer. */
    public StringBuilder scratch() {
        return scratch;
    }

    /** Messages for cross-references to sections not in this composition, since the last call. */
    public List<String> takeBrokenReferences() {
        if (brokenReferences.isEmpty()) {
            return List.of();
        }
        List<String> out = List.copyOf(brokenReferences);
        brokenReferences.clear();
        return out;
    }

    /** Renders a template into {@code out}. */
    public void render(CompiledTemplate template, StringBuilder out) {
        render(template.nodes(), out);
    }

    /** Evaluates a condition against the values. */
    public boolean holds(Condition condition) {
        if (condition instanceof Condition.Or) {
            for (Condition c : ((Condition.Or) condition).parts()) {
                if (holds(c)) {
                    return true;
                }
            }
            return false;
        }
        if (condition instanceof Condition.And) {
            for (Condition c : ((Condition.And) condition).parts()) {
                if (!holds(c)) {
                    return false;
                }
            }
            return true;
        }
        if (condition instanceof Condition.Not) {
            return !holds(((Condition.Not) condition).inner());
        }
        if (condition instanceof Condition.Truthy) {
            return truthy(operandValue(((Condition.Truthy) condition).operand()));
        }
        if (condition instanceof Condition.In) {
            Condition.In in = (Condition.In) condition;
            Object left = operandValue(in.operand());
            for (Condition.Operand option : in.options()) {
                Integer cmp = compare(left, operandValue(option));
                if (cmp != null && cmp == 0) {
                    return true;
                }
            }
            return false;
        }
        Condition.Compare c = (Condition.Compare) condition;
        Integer cmp = compare(operandValue(c.left()), operandValue(c.right()));
        if (cmp == null) {
            return false;
        }
        switch (c.operator()) {
            case "==":
                return cmp == 0;
            case "!=":
                return cmp != 0;
            case "<":
                return cmp < 0;
            case "<=":
                return cmp <= 0;
            case ">":
                return cmp > 0;
            default:
                return cmp >= 0;
        }
    }

    private void render(List<Node> nodes, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Node.Text) {
                out.append(((Node.Text) node).text());
            } else if (node instanceof Node.Var) {
                Node.Var v = (Node.Var) node;
                appendValue(v, out);
            } else if (node instanceof Node.If) {
                Node.If i = (Node.If) node;
                render(holds(i.condition()) ? i.then() : i.otherwise(), out);
            } else if (node instanceof Node.Each) {
                Node.Each e = (Node.Each) node;
                VariableValue list = lookup(e.list());
                if (list instanceof VariableValue.Rows) {
                    List<Map<String, VariableValue>> records = ((VariableValue.Rows) list).rows();
                    int depth = rows.size();
                    rows.add(Map.of());
                    rowNumbers.add(0);
                    for (int r = 0; r < records.size(); r++) {
                        rows.set(depth, records.get(r));
                        rowNumbers.set(depth, r + 1);
                        render(e.body(), out);
                    }
                    rows.remove(depth);
                    rowNumbers.remove(depth);
                }
            } else {
                Node.Ref r = (Node.Ref) node;
                String text = references.get(r.anchor());
                if (text == null) {
                    brokenReferences.add("line " + r.line() + ", column " + r.column() + ": section " + r.anchor()
                            + " is not in this document");
                } else {
                    out.append(text);
                }
            }
        }
    }

    private void appendValue(Node.Var v, StringBuilder out) {
        List<String> path = v.path();
        if (rows.isEmpty() && path.size() == 1) {
            String name = path.get(0);
            String key = v.format() == null ? name : name + '|' + v.format();
            String text = formatted.get(key);
            if (text == null) {
                VariableValue value = globals.get(name);
                text = value == null ? "" : format(value, v.format(), locale);
                formatted.put(key, text);
            }
            out.append(text);
            return;
        }
        VariableValue value = lookup(path.get(0));
        if (value == null) {
            return;
        }
        if (path.size() == 2) {
            if (value instanceof VariableValue.PartyValue) {
                String field = ((VariableValue.PartyValue) value).value().field(path.get(1));
                if (field != null) {
                    out.append(field);
                }
            }
            return;
        }
        if (value instanceof VariableValue.MoneyAmount && v.format() == null) {
            Formats.appendMoney(((VariableValue.MoneyAmount) value).value(), locale, out);
            return;
        }
        if (value instanceof VariableValue.Text) {
            out.append(((VariableValue.Text) value).value());
            return;
        }
        out.append(format(value, v.format(), locale));
    }

    /** Formats a value with a named formatter, or the type's default when {@code format} is null. */
    public static String format(VariableValue value, @Nullable String format, ContractLocale locale) {
        if (value instanceof VariableValue.Text) {
            return ((VariableValue.Text) value).value();
        }
        if (value instanceof VariableValue.MoneyAmount) {
            io.pactum.core.money.Money m = ((VariableValue.MoneyAmount) value).value();
            if ("upper".equals(format)) {
                return Formats.chineseUpper(m);
            }
            if ("amount".equals(format)) {
                return Formats.grouped(m.amount());
            }
            return Formats.money(m, locale);
        }
        if (value instanceof VariableValue.IntegerNumber) {
            long n = ((VariableValue.IntegerNumber) value).value();
            return "amount".equals(format) ? Formats.grouped(BigDecimal.valueOf(n)) : Long.toString(n);
        }
        if (value instanceof VariableValue.DecimalNumber) {
            BigDecimal d = ((VariableValue.DecimalNumber) value).value();
            return "amount".equals(format) ? Formats.grouped(d) : Formats.plain(d);
        }
        if (value instanceof VariableValue.Percentage) {
            return Formats.percent(((VariableValue.Percentage) value).value());
        }
        if (value instanceof VariableValue.DateValue) {
            return Formats.date(((VariableValue.DateValue) value).value(), locale);
        }
        if (value instanceof VariableValue.DurationValue) {
            return Formats.duration(((VariableValue.DurationValue) value).value(), locale);
        }
        if (value instanceof VariableValue.Flag) {
            return Formats.bool(((VariableValue.Flag) value).value(), locale);
        }
        if (value instanceof VariableValue.PartyValue) {
            return ((VariableValue.PartyValue) value).value().name();
        }
        return "";
    }

    private @Nullable VariableValue lookup(String name) {
        if (name.equals("@number")) {
            return rowNumbers.isEmpty() ? null
                    : VariableValue.integer(rowNumbers.get(rowNumbers.size() - 1));
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            VariableValue v = rows.get(i).get(name);
            if (v != null) {
                return v;
            }
        }
        return globals.get(name);
    }

    private @Nullable Object operandValue(Condition.Operand operand) {
        if (operand instanceof Condition.NumberLiteral) {
            return ((Condition.NumberLiteral) operand).value();
        }
        if (operand instanceof Condition.TextLiteral) {
            return ((Condition.TextLiteral) operand).value();
        }
        if (operand instanceof Condition.BooleanLiteral) {
            return ((Condition.BooleanLiteral) operand).value();
        }
        List<String> path = ((Condition.Variable) operand).path();
        VariableValue v = lookup(path.get(0));
        if (v == null) {
            return null;
        }
        if (path.size() == 2) {
            return v instanceof VariableValue.PartyValue ? ((VariableValue.PartyValue) v).value().field(path.get(1))
                    : null;
        }
        return comparable(v);
    }

    private static @Nullable Object comparable(VariableValue v) {
        if (v instanceof VariableValue.Text) {
            return ((VariableValue.Text) v).value();
        }
        if (v instanceof VariableValue.IntegerNumber) {
            return BigDecimal.valueOf(((VariableValue.IntegerNumber) v).value());
        }
        if (v instanceof VariableValue.DecimalNumber) {
            return ((VariableValue.DecimalNumber) v).value();
        }
        if (v instanceof VariableValue.MoneyAmount) {
            return ((VariableValue.MoneyAmount) v).value().amount();
        }
        if (v instanceof VariableValue.Percentage) {
            return ((VariableValue.Percentage) v).value();
        }
        if (v instanceof VariableValue.DateValue) {
            return ((VariableValue.DateValue) v).value();
        }
        if (v instanceof VariableValue.Flag) {
            return ((VariableValue.Flag) v).value();
        }
        if (v instanceof VariableValue.PartyValue) {
            return ((VariableValue.PartyValue) v).value().name();
        }
        if (v instanceof VariableValue.DurationValue) {
            return ((VariableValue.DurationValue) v).value();
        }
        return v;
    }

    private static boolean truthy(@Nullable Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean) {
            return (Boolean) v;
        }
        if (v instanceof BigDecimal) {
            return ((BigDecimal) v).signum() != 0;
        }
        if (v instanceof String) {
            return !((String) v).isEmpty();
        }
        if (v instanceof VariableValue.Rows) {
            return !((VariableValue.Rows) v).rows().isEmpty();
        }
        return true;
    }

    /** Compares two operand values; {@code null} when either is missing or they do not compare. */
    private static @Nullable Integer compare(@Nullable Object a, @Nullable Object b) {
        if (a == null || b == null) {
            return null;
        }
        if (a instanceof BigDecimal && b instanceof BigDecimal) {
            return ((BigDecimal) a).compareTo((BigDecimal) b);
        }
        if (a instanceof LocalDate && b instanceof String) {
            return compareDate((LocalDate) a, (String) b, false);
        }
        if (b instanceof LocalDate && a instanceof String) {
            return compareDate((LocalDate) b, (String) a, true);
        }
        if (a instanceof LocalDate && b instanceof LocalDate) {
            return ((LocalDate) a).compareTo((LocalDate) b);
        }
        if (a instanceof String && b instanceof String) {
            return ((String) a).compareTo((String) b);
        }
        if (a instanceof Boolean && b instanceof Boolean) {
            return a.equals(b) ? 0 : 1;
        }
        return null;
    }

    private static @Nullable Integer compareDate(LocalDate date, String text, boolean reversed) {
        try {
            int cmp = date.compareTo(LocalDate.parse(text));
            return reversed ? -cmp : cmp;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
