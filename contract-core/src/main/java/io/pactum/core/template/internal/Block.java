package io.pactum.core.template.internal;

import java.util.List;

/**
 * A rendered, numbered section ready to be written out.
 *
 * @param anchor the section anchor
 * @param depth 1 for a top-level section
 * @param label the number as printed in the heading ({@code 1.}, {@code 1.1}, {@code 第一条})
 * @param heading the heading text
 * @param body the rendered body, trimmed; may be empty
 * @param children the rendered subsections
 */
public record Block(String anchor, int depth, String label, String heading, String body, List<Block> children) {

    /** Copies the children. */
    public Block {
        children = List.copyOf(children);
    }
}
