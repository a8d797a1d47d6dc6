package io.pactum.core.template.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A condition in the closed grammar: comparisons, {@code and}/{@code or}/{@code not}, {@code in}
 * lists and bare truth tests of variables. Nothing else can be expressed.
 */
public sealed interface Condition {

    /** Holds when any part holds. @param parts at least two */
    record Or(List<Condition> parts) implements Condition {
        /** Copies the parts. */
        public Or {
            parts = List.copyOf(parts);
        }
    }

    /** Holds when every part holds. @param parts at least two */
    record And(List<Condition> parts) implements Condition {
        /** Copies the parts. */
        public And {
            parts = List.copyOf(parts);
        }
    }

    /** Holds when the inner one does not. @param inner the negated condition */
    record Not(Condition inner) implements Condition {
    }

    /**
     * A comparison.
     *
     * @param left the left operand
     * @param operator one of {@code == != < <= > >=}
     * @param right the right operand
     */
    record Compare(Operand left, String operator, Operand right) implements Condition {
    }

    /** Holds when the operand equals one of the options. @param operand the operand @param options literals */
    record In(Operand operand, List<Operand> options) implements Condition {
        /** Copies the options. */
        public In {
            options = List.copyOf(options);
        }
    }

    /** Holds when the variable is true, non-empty or non-zero. @param operand the variable */
    record Truthy(Operand operand) implements Condition {
    }

    /** An operand: a variable or a literal. */
    sealed interface Operand {
    }

    /** A variable path. @param path the name, then a party field if any */
    record Variable(List<String> path) implements Operand {
        /** Copies the path. */
        public Variable {
            path = List.copyOf(path);
        }
    }

    /** A number literal. @param value the number */
    record NumberLiteral(BigDecimal value) implements Operand {
    }

    /** A quoted text literal (also used for dates, {@code '2026-01-01'}). @param value the text */
    record TextLiteral(String value) implements Operand {
    }

    /** {@code true} or {@code false}. @param value the flag */
    record BooleanLiteral(boolean value) implements Operand {
    }
}
