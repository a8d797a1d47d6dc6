package io.pactum.core.template.internal;

import java.util.List;

/**
 * A parsed template text: the tree of nodes, immutable and thread-safe, cached by source text.
 *
 * @param nodes the top-level nodes
 */
public record CompiledTemplate(List<Node> nodes) {

    /** Copies the nodes. */
    public CompiledTemplate {
        nodes = List.copyOf(nodes);
    }
}
