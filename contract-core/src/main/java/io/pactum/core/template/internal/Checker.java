package io.pactum.core.template.internal;

import io.pactum.core.error.Violation;
import io.pactum.core.template.PartyDetails;
import io.pactum.core.template.TemplateError;
import io.pactum.core.template.VariableDefinition;
import io.pactum.core.template.VariableSchema;
import io.pactum.core.template.VariableType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks a compiled template against a schema and the section anchors, without values: unknown
 * variables, formats and comparisons that do not fit the type, loops over non-lists, references to
 * unknown anchors. Every problem is recorded, each at its line and column.
 */
public final class Checker {

    private static final Set<VariableType> NUMERIC = EnumSet.of(VariableType.INTEGER, VariableType.DECIMAL,
            VariableType.MONEY, VariableType.PERCENT);
    private static final Set<VariableType> TEXTUAL = EnumSet.of(VariableType.STRING, VariableType.TEXT,
            VariableType.ENUM);

    private final VariableSchema schema;
    private final Set<String> anchors;
    private final String path;
    private final List<Violation> out;
    private final List<List<VariableDefinition>> scopes = new ArrayList<>();

    private Checker(VariableSchema schema, Set<String> anchors, String path, List<Violation> out) {
        this.schema = schema;
        this.anchors = anchors;
        this.path = path;
        this.out = out;
    }

    /**
     * Checks a template.
     *
     * @param template the compiled text
     * @param schema the variables it may use
     * @param anchors the section anchors of the template version
     * @param path where the text is, for violations ({@code sections.payment.body})
     * @param out receives the violations
     */
    public static void check(CompiledTemplate template, VariableSchema schema, Set<String> anchors, String path,
            List<Violation> out) {
        new Checker(schema, anchors, path, out).nodes(template.nodes());
    }

    /** Checks a section condition. */
    public static void checkCondition(Condition condition, VariableSchema schema, String path, List<Violation> out) {
        new Checker(schema, Set.of(), path, out).condition(condition, 1, 1);
    }

    private void nodes(List<Node> nodes) {
        for (Node node : nodes) {
            if (node instanceof Node.Var) {
                Node.Var v = (Node.Var) node;
                VariableType type = resolve(v.path(), v.line(), v.column());
                if (type != null) {
                    checkFormat(v, type);
                }
            } else if (node instanceof Node.If) {
                Node.If i = (Node.If) node;
                condition(i.condition(), i.line(), i.column());
                nodes(i.then());
                nodes(i.otherwise());
            } else if (node instanceof Node.Each) {
                Node.Each e = (Node.Each) node;
                VariableDefinition list = definition(e.list());
                if (list == null) {
                    add(e.line(), e.column(), TemplateError.UNKNOWN_VARIABLE, "unknown variable " + e.list());
                    continue;
                }
                if (list.type() != VariableType.LIST) {
                    add(e.line(), e.column(), TemplateError.TYPE_MISMATCH,
                            "{{#each}} needs a list, " + e.list() + " is " + name(list.type()));
                    continue;
                }
                scopes.add(list.fields());
                nodes(e.body());
                scopes.remove(scopes.size() - 1);
            } else if (node instanceof Node.Ref) {
                Node.Ref r = (Node.Ref) node;
                if (!anchors.contains(r.anchor())) {
                    add(r.line(), r.column(), TemplateError.BROKEN_REFERENCE, "no section has anchor " + r.anchor());
                }
            }
        }
    }

    private void checkFormat(Node.Var v, VariableType type) {
        String f = v.format();
        if (f == null) {
            if (type == VariableType.LIST) {
                add(v.line(), v.column(), TemplateError.TYPE_MISMATCH,
                        v.path().get(0) + " is a list; print its records with {{#each}}");
            }
            return;
        }
        boolean fits;
        switch (f) {
            case "money":
            case "upper":
                fits = type == VariableType.MONEY;
                break;
            case "amount":
                fits = type == VariableType.MONEY || type == VariableType.DECIMAL || type == VariableType.INTEGER;
                break;
            case "number":
                fits = type == VariableType.DECIMAL || type == VariableType.INTEGER;
                break;
            case "date":
                fits = type == VariableType.DATE;
                break;
            case "percent":
                fits = type == VariableType.PERCENT;
                break;
            default:
                fits = type == VariableType.DURATION;
                break;
        }
        if (!fits) {
            add(v.line(), v.column(), TemplateError.TYPE_MISMATCH,
                    "format " + f + " does not apply to " + String.join(".", v.path()) + " of type " + name(type));
        }
    }

    private void condition(Condition c, int line, int column) {
        if (c instanceof Condition.Or) {
            ((Condition.Or) c).parts().forEach(p -> condition(p, line, column));
        } else if (c instanceof Condition.And) {
            ((Condition.And) c).parts().forEach(p -> condition(p, line, column));
        } else if (c instanceof Condition.Not) {
            condition(((Condition.Not) c).inner(), line, column);
        } else if (c instanceof Condition.Truthy) {
            operandType(((Condition.Truthy) c).operand(), line, column);
        } else if (c instanceof Condition.In) {
            Condition.In in = (Condition.In) c;
            VariableDefinition d = operandDefinition(in.operand(), line, column);
            for (Condition.Operand o : in.options()) {
                compatible(d, in.operand(), o, "==", line, column);
            }
        } else {
            Condition.Compare cmp = (Condition.Compare) c;
            VariableDefinition left = operandDefinition(cmp.left(), line, column);
            VariableDefinition right = operandDefinition(cmp.right(), line, column);
            if (left != null) {
                compatible(left, cmp.left(), cmp.right(), cmp.operator(), line, column);
            } else if (right != null) {
                compatible(right, cmp.right(), cmp.left(), cmp.operator(), line, column);
            } else if (!(cmp.left() instanceof Condition.Variable) && !(cmp.right() instanceof Condition.Variable)) {
                add(line, column, TemplateError.TYPE_MISMATCH, "a comparison needs at least one variable");
            }
        }
    }

    private void compatible(@Nullable VariableDefinition d, Condition.Operand self, Condition.Operand other,
            String op, int line, int column) {
        if (d == null) {
            return;
        }
        VariableType t = ((Condition.Variable) self).path().size() == 2 ? VariableType.STRING : d.type();
        boolean ordering = !op.equals("==") && !op.equals("!=");
        String what = String.join(".", ((Condition.Variable) self).path());
        if (other instanceof Condition.Variable) {
            VariableType o = operandType(other, line, column);
            if (o != null && !(NUMERIC.contains(t) && NUMERIC.contains(o)) && !(TEXTUAL.contains(t)
                    && TEXTUAL.contains(o)) && t != o) {
                add(line, column, TemplateError.TYPE_MISMATCH, "cannot compare " + name(t) + " with " + name(o));
            }
            return;
        }
        if (other instanceof Condition.NumberLiteral) {
            if (!NUMERIC.contains(t)) {
                add(line, column, TemplateError.TYPE_MISMATCH, what + " is " + name(t) + ", not a number");
            }
        } else if (other instanceof Condition.BooleanLiteral) {
            if (t != VariableType.BOOLEAN || ordering) {
                add(line, column, TemplateError.TYPE_MISMATCH, what + " is " + name(t) + "; compare booleans with == or !=");
            }
        } else {
            String text = ((Condition.TextLiteral) other).value();
            if (t == VariableType.DATE) {
                try {
                    LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    add(line, column, TemplateError.TYPE_MISMATCH, "'" + text + "' is not a date (YYYY-MM-DD)");
                }
            } else if (t == VariableType.ENUM && d.type() == VariableType.ENUM) {
                if (!d.allowed().contains(text)) {
                    add(line, column, TemplateError.VALUE_NOT_ALLOWED,
                            "'" + text + "' is not one of the values of " + what + ": " + d.allowed());
                }
            } else if (!TEXTUAL.contains(t) && t != VariableType.PARTY) {
                add(line, column, TemplateError.TYPE_MISMATCH, what + " is " + name(t) + ", not text");
            }
        }
    }

    private @Nullable VariableDefinition operandDefinition(Condition.Operand o, int line, int column) {
        if (!(o instanceof Condition.Variable)) {
            return null;
        }
        List<String> p = ((Condition.Variable) o).path();
        return resolve(p, line, column) == null ? null : definition(p.get(0));
    }

    private @Nullable VariableType operandType(Condition.Operand o, int line, int column) {
        if (!(o instanceof Condition.Variable)) {
            return null;
        }
        return resolve(((Condition.Variable) o).path(), line, column);
    }

    /** The type of a path, or null after recording why it has none. */
    private @Nullable VariableType resolve(List<String> p, int line, int column) {
        String head = p.get(0);
        if (head.equals("@number")) {
            if (scopes.isEmpty()) {
                add(line, column, TemplateError.UNKNOWN_VARIABLE, "@number is only defined inside {{#each}}");
                return null;
            }
            return VariableType.INTEGER;
        }
        VariableDefinition d = definition(head);
        if (d == null) {
            add(line, column, TemplateError.UNKNOWN_VARIABLE, "unknown variable " + head);
            return null;
        }
        if (p.size() == 1) {
            return d.type();
        }
        if (d.type() != VariableType.PARTY) {
            add(line, column, TemplateError.TYPE_MISMATCH, head + " is " + name(d.type()) + " and has no field "
                    + p.get(1));
            return null;
        }
        if (!PartyDetails.hasField(p.get(1))) {
            add(line, column, TemplateError.UNKNOWN_VARIABLE, "a party has no field " + p.get(1)
                    + "; fields are name, address, representative, registrationNumber");
            return null;
        }
        return VariableType.STRING;
    }

    private @Nullable VariableDefinition definition(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            for (VariableDefinition f : scopes.get(i)) {
                if (f.name().equals(name)) {
                    return f;
                }
            }
        }
        return schema.find(name).orElse(null);
    }

    private void add(int line, int column, TemplateError code, String message) {
        out.add(new Violation(path, code, "line " + line + ", column " + column + ": " + message));
    }

    private static String name(VariableType t) {
        return t.name().toLowerCase(Locale.ROOT);
    }
}
