package io.pactum.core.template.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A node of a compiled template. */
public sealed interface Node {

    /** Literal text, copied as is. @param text the text */
    record Text(String text) implements Node {
    }

    /**
     * A variable's value, formatted.
     *
     * @param path the name, then a party field if any; {@code @number} is the record number in a loop
     * @param format the formatter's name, or {@code null} for the type's default
     * @param line the tag's line, from 1
     * @param column the tag's column, from 1
     */
    record Var(List<String> path, @Nullable String format, int line, int column) implements Node {
        /** Copies the path. */
        public Var {
            path = List.copyOf(path);
        }
    }

    /**
     * A conditional block.
     *
     * @param condition the condition
     * @param then the nodes rendered when it holds
     * @param otherwise the nodes rendered when it does not ({@code {{else}}}), possibly empty
     * @param line the tag's line
     * @param column the tag's column
     */
    record If(Condition condition, List<Node> then, List<Node> otherwise, int line, int column) implements Node {
        /** Copies the lists. */
        public If {
            then = List.copyOf(then);
            otherwise = List.copyOf(otherwise);
        }
    }

    /**
     * A block repeated for each record of a list variable.
     *
     * @param list the list variable's name
     * @param body the repeated nodes
     * @param line the tag's line
     * @param column the tag's column
     */
    record Each(String list, List<Node> body, int line, int column) implements Node {
        /** Copies the body. */
        public Each {
            body = List.copyOf(body);
        }
    }

    /**
     * A cross-reference to a section by anchor; renders the section's current number.
     *
     * @param anchor the section anchor
     * @param line the tag's line
     * @param column the tag's column
     */
    record Ref(String anchor, int line, int column) implements Node {
    }
}
